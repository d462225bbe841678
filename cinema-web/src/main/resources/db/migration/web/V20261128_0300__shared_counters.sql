-- Counters in fixed windows shared by every instance: failed sign-ins per account and address, site
-- proposals and messages per address. Unlogged: they are cheap to write, and after a crash of the
-- database, the only one to lose, every count simply starts again.
CREATE UNLOGGED TABLE shared_counter (
    key         varchar(400) PRIMARY KEY,
    count       integer      NOT NULL,
    window_ends timestamptz  NOT NULL
);
