-- The retail and small-business layer, queried like the other layers (lists, GeoJSON, CSV, OGC API, tiles):
-- the pilots and plan actions their features publish, with the Web Mercator position tiles are cut from.
CREATE VIEW retail_feature AS
SELECT id, name, kind, city_name, country_code, location, ST_Transform(location, 3857) AS location_mercator, path
FROM pilot_on_map
UNION ALL
SELECT id, name, kind, city_name, country_code, location, ST_Transform(location, 3857) AS location_mercator, path
FROM plan_action_on_map;
