-- Site imports running or recently run, so that any instance can show an import's progress. The instance
-- that runs an import writes its counters here outside the import's own transaction, after each chunk.
CREATE TABLE site_import_job (
    id         uuid        PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES account (id),
    state      varchar(10) NOT NULL,
    total      integer     NOT NULL,
    processed  integer     NOT NULL DEFAULT 0,
    created    integer     NOT NULL DEFAULT 0,
    started_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
