-- A site's monthly rent per square metre in EUR, where the owner states one; space matching compares it.
ALTER TABLE site ADD COLUMN rent_eur_per_m2 numeric(8, 2) CHECK (rent_eur_per_m2 >= 0);
ALTER TABLE site_aud ADD COLUMN rent_eur_per_m2 numeric(8, 2);
-- Matching looks for published sites that are available, near a point.
CREATE INDEX site_available_location_idx ON site USING gist (location)
    WHERE publication = 'PUBLISHED' AND status IN ('VACANT', 'PARTLY_USED');
