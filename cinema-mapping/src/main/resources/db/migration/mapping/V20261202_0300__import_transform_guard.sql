-- A point in another coordinate system, or null where PROJ cannot place it: the import tries what a file probably
-- meant (its axes swapped, another system), and one impossible guess must not fail the others in its statement.
CREATE FUNCTION import_try_transform(x float8, y float8, srid int) RETURNS geometry
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN ST_Transform(ST_SetSRID(ST_MakePoint(x, y), srid), 4326);
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END $$;
