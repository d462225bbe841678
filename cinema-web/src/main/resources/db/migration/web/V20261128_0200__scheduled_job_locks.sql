-- ShedLock's lock rows: every instance schedules the periodic jobs, and the instance that holds a job's row
-- (until lock_until, in UTC by the database's clock) is the only one that runs it.
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);
