-- One meaning of progress, written once: the weight of a pilot's milestones reached in the weight of all its milestones
-- (withdrawn ones left out); none for a planned pilot or one without milestones. The portal's pages (ProgressService)
-- and the map's retail layer (through pilot_on_map) both read it here.
CREATE FUNCTION pilot_progress(of_pilot bigint) RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p.status = 'PLANNED' OR coalesce(sum(m.weight), 0) = 0 THEN NULL
                ELSE (coalesce(sum(m.weight) FILTER (WHERE m.done_on IS NOT NULL), 0) * 100 / sum(m.weight))::integer END
    FROM pilot p LEFT JOIN milestone m ON m.pilot_id = p.id AND m.withdrawn_at IS NULL
    WHERE p.id = of_pilot
    GROUP BY p.status
$$;

-- The map shows each pilot's progress in its popup.
CREATE OR REPLACE VIEW pilot_on_map AS
SELECT 'pilot-' || p.id AS id, p.title AS name, p.kind, c.name AS city_name, c.country_code, p.location,
       '/pilots/' || p.id AS path, pilot_progress(p.id) AS progress
FROM pilot p
JOIN city c ON c.id = p.city_id;
