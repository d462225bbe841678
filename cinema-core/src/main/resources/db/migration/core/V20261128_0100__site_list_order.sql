-- Public site lists (the map page's list, the layer API, the OGC items) page through published sites in
-- name order; with this index a page reads its rows in order instead of sorting every published site.
CREATE INDEX site_published_name_idx ON site (name, id) WHERE publication = 'PUBLISHED';
