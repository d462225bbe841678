-- The retail layer carries each pilot's progress (pilot_on_map); a plan action has none.
CREATE OR REPLACE VIEW retail_feature AS
SELECT id, name, kind, city_name, country_code, location, ST_Transform(location, 3857) AS location_mercator, path, progress
FROM pilot_on_map
UNION ALL
SELECT id, name, kind, city_name, country_code, location, ST_Transform(location, 3857) AS location_mercator, path, NULL::integer
FROM plan_action_on_map;

-- A milestone reached, closed or withdrawn moves a pilot's progress on the map.
CREATE TRIGGER milestone_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON milestone
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('retail');
