-- What the pilot and plan features publish for the map's retail and small-business layer, as views they own:
-- the mapping feature reads these, never their tables. Columns: a layer-wide text id, name, kind (a message key
-- suffix), city, country, point location and the page that shows the item.
CREATE VIEW pilot_on_map AS
SELECT 'pilot-' || p.id AS id, p.title AS name, p.kind, c.name AS city_name, c.country_code, p.location,
       '/pilots/' || p.id AS path
FROM pilot p
JOIN city c ON c.id = p.city_id;

-- Only actions of the versions the public reads now, and only those with a location.
CREATE VIEW plan_action_on_map AS
SELECT 'plan-action-' || a.id AS id, a.title AS name, 'PLAN_ACTION'::varchar AS kind, c.name AS city_name,
       c.country_code, a.location, '/plans/' || pl.id || '#action-' || a.action_key AS path
FROM plan_action a
JOIN plan_version v ON v.id = a.plan_version_id
JOIN action_plan pl ON pl.id = v.plan_id
JOIN city c ON c.id = pl.city_id
WHERE v.state = 'PUBLISHED' AND a.location IS NOT NULL;
