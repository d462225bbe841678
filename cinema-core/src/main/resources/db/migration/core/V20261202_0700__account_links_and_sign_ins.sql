-- One-time links that let a person set their own password: an invitation (a new account) or a reset (a lost password).
-- Only a hash of the link's secret is kept, so that reading this table does not give anyone a way in.
CREATE TABLE account_link (
    id         bigserial   PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    varchar(12) NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
    token_hash char(64)    NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX account_link_account ON account_link (account_id, created_at);

-- When each account last signed in, for the administrators; a sign-in is no edit, so it has no history.
ALTER TABLE account ADD COLUMN last_signed_in_at timestamptz;
