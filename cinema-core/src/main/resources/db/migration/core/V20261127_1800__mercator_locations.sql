-- Vector tiles are cut in Web Mercator. Keeping each location there too (computed by PostgreSQL,
-- never written by the application) spares every tile request a transformation of every point.
ALTER TABLE site
    ADD COLUMN location_mercator geometry(Point, 3857) GENERATED ALWAYS AS (ST_Transform(location, 3857)) STORED;
CREATE INDEX site_published_mercator_idx ON site USING gist (location_mercator) WHERE publication = 'PUBLISHED';

ALTER TABLE creative_actor
    ADD COLUMN location_mercator geometry(Point, 3857) GENERATED ALWAYS AS (ST_Transform(location, 3857)) STORED;
CREATE INDEX creative_actor_mercator_idx ON creative_actor USING gist (location_mercator);
