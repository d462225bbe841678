-- The workspace lists an organisation's sites by name, a page at a time: an importer's can own 100,000.
CREATE INDEX site_owner_name_idx ON site (owner_partner_id, name, id);
-- Proposals waiting for moderation are few among many published sites; the start pages count them per country.
CREATE INDEX site_proposed_country_idx ON site (country_code) WHERE publication = 'PROPOSED';
-- The moderation page counts the sites of the moderator's countries per state from the index alone; the index on the
-- country alone is its prefix.
CREATE INDEX site_country_publication_idx ON site (country_code, publication);
DROP INDEX site_country_idx;
