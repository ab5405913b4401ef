-- The running number of the writes to PATENT. A write takes the next number by updating this one row first, so
-- that writes on every gateway node sharing the database stamp their records one after the other, in the order they
-- commit: a node whose index follows the table (records with a revision above its own) never misses a write that
-- committed after a later-numbered one.
CREATE TABLE PATENT_WRITES (
    ID INTEGER NOT NULL PRIMARY KEY,
    LATEST BIGINT NOT NULL
);

INSERT INTO PATENT_WRITES (ID, LATEST) SELECT 1, COALESCE(MAX(REVISION), 0) FROM PATENT;
