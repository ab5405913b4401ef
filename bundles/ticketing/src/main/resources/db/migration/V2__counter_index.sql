-- The numbers at a counter (called, serving, parked) are found by their counter: without this index every clerk's
-- step scanned the whole day's numbers and waited on each number being taken at that moment.
CREATE INDEX TICKET_COUNTER ON TICKET (COUNTER_ID, STATUS);
