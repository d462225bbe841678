-- A translation of a site's or an actor's description changes what the open data gives for ?lang= (docs/translations.md):
-- it moves both layers' versions, so that their ETags change. Translations change seldom; telling the two apart in a
-- statement-level trigger would cost more than the spare update.
CREATE TRIGGER content_translation_sites_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON content_translation
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('sites');
CREATE TRIGGER content_translation_actors_open_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON content_translation
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_changed('actors');
