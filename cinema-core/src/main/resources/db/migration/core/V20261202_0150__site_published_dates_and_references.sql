-- The dates a publisher gives a site in its register (FirstAddedDate, LastUpdatedDate), kept and published instead of
-- the day of the import; null for sites that came from no register (the open data then gives the portal's own days).
ALTER TABLE site ADD COLUMN first_added_on date, ADD COLUMN last_updated_on date;
ALTER TABLE site_aud ADD COLUMN first_added_on date, ADD COLUMN last_updated_on date;

-- Every site has a reference, so that an exported file names each row and imports back onto the same sites: the
-- publisher's own, or CINEMA-<id> for a site made in the portal. A trigger, so that no writer can leave one out.
UPDATE site SET reference = 'CINEMA-' || id WHERE reference IS NULL;

CREATE FUNCTION site_reference_given() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.reference := coalesce(NEW.reference, 'CINEMA-' || NEW.id);
    RETURN NEW;
END $$;

CREATE TRIGGER site_reference_given BEFORE INSERT OR UPDATE ON site
    FOR EACH ROW EXECUTE FUNCTION site_reference_given();
