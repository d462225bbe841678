-- What PostgreSQL alone needs to produce the FeatureCollection for a city-sized box around Kosice:
-- the very statement the portal's GeoJSON endpoint runs (SqlLayers), with the envelope around it.
SELECT '{"type":"FeatureCollection","numberMatched":' || (SELECT count(*) FROM site t WHERE t.publication = 'PUBLISHED'
         AND t.location && ST_MakeEnvelope(21.20, 48.68, 21.32, 48.76, 4326))
       || ',"features":' || coalesce(json_agg(f ORDER BY ord), '[]'::json)::text || '}'
FROM (SELECT row_number() OVER (ORDER BY t.name, t.id) AS ord,
             json_build_object('type', 'Feature', 'id', t.id, 'geometry', ST_AsGeoJSON(t.location, 6)::json,
               'properties', json_build_object('name', t.name, 'kind', t.kind, 'status', t.status, 'city', t.city_name,
                 'country', t.country_code, 'floorAreaM2', t.floor_area_m2, 'heritageProtected', t.heritage_protected,
                 'updated', t.updated_at, 'path', '/sites/' || t.id)) AS f
      FROM site t
      WHERE t.publication = 'PUBLISHED' AND t.location && ST_MakeEnvelope(21.20, 48.68, 21.32, 48.76, 4326)
      ORDER BY t.name, t.id LIMIT 2000 OFFSET 0) q;
