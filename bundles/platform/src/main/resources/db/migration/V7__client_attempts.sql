-- How often a client address did something (registered, asked for a reset link) in the last hour, counted in the
-- database so that every gateway node sharing it counts the same attempts. CLIENT_LIMIT has one row per kind and
-- address: updating it first serialises the attempts of one address, whichever node takes them.
CREATE TABLE CLIENT_LIMIT (
    KIND VARCHAR(40) NOT NULL,
    CLIENT VARCHAR(64) NOT NULL,
    LAST_AT TIMESTAMP NOT NULL,
    PRIMARY KEY (KIND, CLIENT)
);

CREATE TABLE CLIENT_ATTEMPT (
    KIND VARCHAR(40) NOT NULL,
    CLIENT VARCHAR(64) NOT NULL,
    ATTEMPTED_AT TIMESTAMP NOT NULL
);

CREATE INDEX CLIENT_ATTEMPT_BY_CLIENT ON CLIENT_ATTEMPT (KIND, CLIENT, ATTEMPTED_AT);
