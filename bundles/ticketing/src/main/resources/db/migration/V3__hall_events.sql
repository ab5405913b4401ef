-- The hall's events (a number taken, called, recalled, changed) as every gateway node sees them: the node that
-- changed a number writes its event here after the change's commit, and each node reads the events of the others a
-- moment later, for its display boards and ticket pages. SEQ is the events' one running number, the boards'
-- Last-Event-ID on every node. Events older than a day are deleted.
CREATE TABLE HALL_EVENT (
    SEQ BIGINT GENERATED ALWAYS AS IDENTITY,
    KIND VARCHAR(10) NOT NULL,
    HAPPENED_AT TIMESTAMP NOT NULL,
    TICKET_ID BIGINT NOT NULL,
    TICKET_NUMBER VARCHAR(20) NOT NULL,
    SERVICE_ID BIGINT NOT NULL,
    COUNTER_NUMBER INTEGER,
    PRIMARY KEY (SEQ)
);

CREATE INDEX HALL_EVENT_BY_TIME ON HALL_EVENT (HAPPENED_AT);
