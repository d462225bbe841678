-- Full-text search across the portal, insensitive to case and diacritics: Resita, Reșița and
-- Reşiţa become the same lexeme, as Kosice and Košice do. unaccent is a trusted extension.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION cinema_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION cinema_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- Sites are the one large table (100,000 rows and more); the search query repeats this expression.
CREATE INDEX site_search_idx ON site USING gin (to_tsvector('cinema_search'::regconfig,
    coalesce(name, '') || ' ' || coalesce(city_name, '') || ' ' || coalesce(description, '')));
