-- Who runs the work that must happen once in the hall (a deadline watch, the mail courier, a sweep) when several
-- gateway nodes share the database: one row per task, held by one node until EXPIRES_AT. The holder renews it every
-- few seconds; once it has run out, any node may take it.
CREATE TABLE TASK_LEASE (
    TASK VARCHAR(120) NOT NULL PRIMARY KEY,
    HOLDER VARCHAR(120) NOT NULL,
    TAKEN_AT TIMESTAMP NOT NULL,
    EXPIRES_AT TIMESTAMP NOT NULL
);
