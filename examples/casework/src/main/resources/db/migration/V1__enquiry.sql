-- The example module's own data of an enquiry case: what it is about. CASE_ID is the case's PLATFORM.CASE_FILE.ID;
-- the row is written in the same transaction that opens the case.
CREATE TABLE ENQUIRY (
    CASE_ID BIGINT NOT NULL,
    TOPIC VARCHAR(200) NOT NULL,
    DETAILS VARCHAR(4000) NOT NULL,
    CONSTRAINT ENQUIRY_PK PRIMARY KEY (CASE_ID)
);
