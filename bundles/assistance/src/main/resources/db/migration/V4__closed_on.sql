-- The centre's day an application closed (any closed status of the workflow), for the supervisors' statistics of
-- working days to closing. Applications refused before the column existed closed on the day of the decision; those
-- that lapsed or were withdrawn before it keep no day and are counted without one.
ALTER TABLE APPLICATION ADD COLUMN CLOSED_ON DATE;

UPDATE APPLICATION SET CLOSED_ON = DECIDED_ON WHERE STATUS = 'refused';
