-- After the session. A certificate of attendance (参训证明) is issued once per enrolment that was checked in, after
-- its session ended; CERT_NUMBER is the year of the session and twelve random characters (2026-7KQM-3XHT-9BZD), so
-- that it cannot be guessed. What the certificate says is kept as it was issued (the holder's name, the course's
-- title and credit hours, the session's day in the centre's zone), so that it reads the same when the course changes.
CREATE TABLE CERTIFICATE (
    CERT_NUMBER VARCHAR(20) NOT NULL,
    ENROLMENT_ID BIGINT NOT NULL,
    ACCOUNT_ID BIGINT NOT NULL,
    HOLDER VARCHAR(200) NOT NULL,
    SESSION_ID BIGINT NOT NULL,
    COURSE_ID BIGINT NOT NULL,
    COURSE_TITLE VARCHAR(200) NOT NULL,
    HELD_ON DATE NOT NULL,
    CREDIT_HOURS INT NOT NULL,
    ISSUED_AT TIMESTAMP NOT NULL,
    CONSTRAINT CERTIFICATE_PK PRIMARY KEY (CERT_NUMBER),
    CONSTRAINT CERTIFICATE_ENROLMENT_UQ UNIQUE (ENROLMENT_ID),
    CONSTRAINT CERTIFICATE_ENROLMENT_FK FOREIGN KEY (ENROLMENT_ID) REFERENCES ENROLMENT (ID)
);

CREATE INDEX CERTIFICATE_ACCOUNT ON CERTIFICATE (ACCOUNT_ID);

-- The reminder the day before: set (UTC) in the transaction that tells the person, so each confirmed place is
-- reminded once.
ALTER TABLE ENROLMENT ADD COLUMN REMINDED_AT TIMESTAMP;
