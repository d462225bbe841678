-- A file uploaded for a site import, with what its preview was asked for, waiting for its uploader to
-- confirm it. Deleted when its import finishes, or when it has waited longer than cinema.import.uploads-kept-for.
CREATE TABLE site_import_upload (
    id               uuid          PRIMARY KEY,
    account_id       bigint        NOT NULL REFERENCES account (id),
    format           varchar(20)   NOT NULL,
    file_name        varchar(200)  NOT NULL,
    country_code     varchar(2),
    default_city     varchar(200),
    owner_partner_id bigint        NOT NULL,
    language         varchar(8)    NOT NULL,
    size_bytes       bigint        NOT NULL,
    -- Set by a preview without problems: only such a file may be imported.
    rows_to_import   integer,
    content          bytea         NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now()
);
-- Stored uncompressed, so that the import reads it in slices without decompressing it whole for each.
ALTER TABLE site_import_upload ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX site_import_upload_created_idx ON site_import_upload (created_at);

-- Uploads before this table were kept in stored_file for ever, as its only text/plain files (photos, tool files
-- and evidence are images and PDFs), referenced by nothing.
DELETE FROM stored_file WHERE content_type = 'text/plain';
