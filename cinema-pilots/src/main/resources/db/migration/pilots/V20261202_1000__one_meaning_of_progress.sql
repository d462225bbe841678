-- One meaning of progress: a pilot's progress comes from its milestones only. A milestone that will not be reached is
-- closed with a reason, so that a pilot can be completed with its milestones settled (reached or closed).
ALTER TABLE milestone
    ADD COLUMN closed_on      date,
    ADD COLUMN closing_reason varchar(2000),
    ADD CONSTRAINT milestone_closed_with_reason CHECK ((closed_on IS NULL) = (closing_reason IS NULL));
ALTER TABLE milestone_aud
    ADD COLUMN closed_on      date,
    ADD COLUMN closing_reason varchar(2000);
