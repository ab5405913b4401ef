-- What was reported with each report case. CASE_ID is the case's PLATFORM.CASE_FILE.ID; the row is written in the
-- same transaction that opens the case. LOCATION is the shop's address (CHANNEL 'online') or the place ('offline').
CREATE TABLE REPORT (
    CASE_ID BIGINT NOT NULL,
    RIGHT_KIND VARCHAR(30) NOT NULL,
    RIGHT_NUMBER VARCHAR(60) NOT NULL,
    CHANNEL VARCHAR(10) NOT NULL,
    LOCATION VARCHAR(500) NOT NULL,
    INFRINGER VARCHAR(200) NOT NULL,
    DESCRIPTION VARCHAR(4000) NOT NULL,
    CONSTRAINT REPORT_PK PRIMARY KEY (CASE_ID)
);
