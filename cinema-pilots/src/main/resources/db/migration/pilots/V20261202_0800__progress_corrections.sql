-- Progress that can be corrected with a trail: updates and indicator values become versioned and audited like
-- milestones and indicators, and any of the four can be withdrawn with who, when and why. A withdrawn entry leaves
-- every figure and every public page, and stays in the history. An update's submission token makes a form sent
-- twice (a double click) one update.
ALTER TABLE progress_update
    ADD COLUMN version           bigint       NOT NULL DEFAULT 0,
    ADD COLUMN updated_at        timestamptz  NOT NULL DEFAULT now(),
    ADD COLUMN submission        uuid UNIQUE,
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawn_by      varchar(254),
    ADD COLUMN withdrawal_reason varchar(2000);

ALTER TABLE indicator_value
    ADD COLUMN version           bigint       NOT NULL DEFAULT 0,
    ADD COLUMN created_at        timestamptz  NOT NULL DEFAULT now(),
    ADD COLUMN updated_at        timestamptz  NOT NULL DEFAULT now(),
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawn_by      varchar(254),
    ADD COLUMN withdrawal_reason varchar(2000);

ALTER TABLE milestone
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawn_by      varchar(254),
    ADD COLUMN withdrawal_reason varchar(2000);
ALTER TABLE milestone_aud
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawn_by      varchar(254),
    ADD COLUMN withdrawal_reason varchar(2000);

ALTER TABLE indicator
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawn_by      varchar(254),
    ADD COLUMN withdrawal_reason varchar(2000);
ALTER TABLE indicator_aud
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawn_by      varchar(254),
    ADD COLUMN withdrawal_reason varchar(2000);

-- A withdrawn indicator's name is free again for a corrected one.
ALTER TABLE indicator DROP CONSTRAINT indicator_pilot_id_name_key;
CREATE UNIQUE INDEX indicator_pilot_name_idx ON indicator (pilot_id, name) WHERE withdrawn_at IS NULL;

CREATE TABLE progress_update_aud (
    id bigint NOT NULL, rev bigint NOT NULL REFERENCES revision (id), revtype smallint,
    pilot_id bigint, happened_on date, narrative text, narrative_lang varchar(8), published boolean, author varchar(254),
    withdrawn_at timestamptz, withdrawn_by varchar(254), withdrawal_reason varchar(2000),
    PRIMARY KEY (id, rev)
);

CREATE TABLE indicator_value_aud (
    id bigint NOT NULL, rev bigint NOT NULL REFERENCES revision (id), revtype smallint,
    indicator_id bigint, measured_on date, value numeric(16, 2), update_id bigint,
    withdrawn_at timestamptz, withdrawn_by varchar(254), withdrawal_reason varchar(2000),
    PRIMARY KEY (id, rev)
);
