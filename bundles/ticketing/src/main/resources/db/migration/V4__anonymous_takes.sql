-- The numbers visitors who are not signed in took online in the last hour, by network address: counted here, in the
-- transaction that takes the number, so that every gateway node sharing the database counts the same takes.
CREATE TABLE ANONYMOUS_TAKE (
    CLIENT VARCHAR(64) NOT NULL,
    TAKEN_AT TIMESTAMP NOT NULL
);

CREATE INDEX ANONYMOUS_TAKE_BY_CLIENT ON ANONYMOUS_TAKE (CLIENT, TAKEN_AT);
