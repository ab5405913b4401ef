-- Attendance: an enrolment that came to its session has CHECKED_IN_AT (UTC), how it came in CHECK_IN_WAY ('door':
-- its ticket read at the door, 'desk': marked by the trainer, 'online': joined through the gateway's link) and, at
-- the door or the desk, the trainer who let it in (CHECKED_IN_BY, an account number; null online).
ALTER TABLE ENROLMENT ADD COLUMN CHECKED_IN_AT TIMESTAMP;
ALTER TABLE ENROLMENT ADD COLUMN CHECK_IN_WAY VARCHAR(10);
ALTER TABLE ENROLMENT ADD COLUMN CHECKED_IN_BY BIGINT;

CREATE INDEX ENROLMENT_CHECKED_IN ON ENROLMENT (SESSION_ID, CHECKED_IN_AT);
