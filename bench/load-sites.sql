-- 100,000 published sites around the eight pilot cities (12,500 each), spread like a real register:
-- dense in the centre, thinning outwards. Owned by Creative Industry Košice; marked as benchmark data.
INSERT INTO site (reference, name, address, city_name, country_code, location, kind, ownership, status, publication,
                  owner_partner_id, source, floor_area_m2, rent_eur_per_m2, condition)
SELECT 'BENCH-' || c.name_en || '-' || g,
       'Benchmark site ' || g || ' in ' || c.name_en,
       'Street ' || (g % 500),
       c.name,
       c.country_code,
       ST_SetSRID(ST_MakePoint(ST_X(c.location) + (random() - 0.5) * 0.2 * random(),
                               ST_Y(c.location) + (random() - 0.5) * 0.14 * random()), 4326),
       (ARRAY['INDUSTRIAL_BUILDING','COMMERCIAL_UNIT','CENTRE_GROUND_FLOOR','PUBLIC_BUILDING','BROWNFIELD_LAND'])[1 + g % 5],
       (ARRAY['PUBLIC','PRIVATE','MIXED','UNKNOWN'])[1 + g % 4],
       (ARRAY['VACANT','PARTLY_USED','IN_REVITALISATION','REVITALISED'])[1 + g % 4],
       'PUBLISHED',
       (SELECT id FROM partner WHERE name_en = 'Creative Industry Košice'),
       'benchmark',
       50 + g % 4000,
       1 + g % 9,
       (ARRAY['GOOD','FAIR','POOR','DERELICT'])[1 + g % 7 % 4]
FROM city c
CROSS JOIN generate_series(1, 12500) AS g
WHERE c.name_en IN ('Herrenberg', 'Gabrovo', 'Kamnik', 'Resita', 'Leonding', 'Kosice', 'Sombor', 'Balti');
ANALYZE site;
