-- A pilot's progress is derived from its milestones (cinema-pilots); the editor's own percentage gave it a second
-- meaning that could contradict the milestones and the status.
ALTER TABLE pilot DROP COLUMN manual_progress;
ALTER TABLE pilot_aud DROP COLUMN manual_progress;
