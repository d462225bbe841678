-- The workspace lists an organisation's sites by name, a page at a time: an importer's can own 100,000.
CREATE INDEX site_owner_name_idx ON site (owner_partner_id, name, id);
-- Proposals waiting for moderation are few among many published sites; the start pages count them per country.
CREATE INDEX site_proposed_country_idx ON site (country_code) WHERE publication = 'PROPOSED';
-- The moderation page counts the sites of the moderator's countries per state from the index alone; the index on the
-- country alone is its prefix.
CREATE INDEX site_country_publication_idx ON site (country_code, publication);
DROP INDEX site_country_idx;
-- A search for a town's name can match its 12,500 sites: each site's words are kept ready, weighted as the search ranks
-- them (the name first), instead of being taken apart twice per matching row (check and rank) on every search.
ALTER TABLE site ADD COLUMN search_words tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('cinema_search'::regconfig, coalesce(name, '')), 'A')
    || to_tsvector('cinema_search'::regconfig, coalesce(city_name, '') || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX site_search_words_idx ON site USING gin (search_words);
DROP INDEX site_search_idx;
