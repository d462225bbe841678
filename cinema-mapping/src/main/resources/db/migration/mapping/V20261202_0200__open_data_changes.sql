-- When each map layer last changed, kept by the database itself so that no writer can forget it (the bulk
-- import, a deletion and an unpublishing included): the open data's ETag and Last-Modified come from here.
-- Statement-level triggers: a bulk import of 100,000 rows costs one update here, not 100,000.
CREATE TABLE open_data_change (
    layer      varchar(20) PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO open_data_change (layer) VALUES ('sites'), ('actors'), ('retail');

CREATE FUNCTION open_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE open_data_change SET changed_at = clock_timestamp() WHERE layer = TG_ARGV[0];
    RETURN NULL;
END $$;

CREATE TRIGGER site_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON site
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('sites');
CREATE TRIGGER actor_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON creative_actor
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('actors');
CREATE TRIGGER actor_domain_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON creative_actor_domain
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('actors');
-- The retail layer is a view over pilots and the published versions of plans (retail_feature).
CREATE TRIGGER pilot_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pilot
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('retail');
CREATE TRIGGER plan_action_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_action
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('retail');
CREATE TRIGGER plan_version_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_version
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('retail');
CREATE TRIGGER action_plan_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON action_plan
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('retail');
-- The retail features take their city's name from the city.
CREATE TRIGGER city_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON city
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('retail');
