-- The centre's expert pool (专家库), kept by assistance officers and supervisors, and the experts assigned to an
-- accepted application once its handling begins. FIELDS holds right-type codes and IPC classes, comma separated.
-- Each assignment keeps the expert's conflict-of-interest declaration (CONFLICT 0 none, 1 declared with its text)
-- and, for a declared conflict, the supervisor's override reason; RECORDED turns 1 once the case's timeline has it.
CREATE TABLE EXPERT (
    ID BIGINT GENERATED ALWAYS AS IDENTITY,
    NAME VARCHAR(100) NOT NULL,
    ORGANISATION VARCHAR(200) NOT NULL,
    FIELDS VARCHAR(500) NOT NULL,
    CONTACT VARCHAR(200) NOT NULL,
    ACTIVE SMALLINT DEFAULT 1 NOT NULL,
    CONSTRAINT EXPERT_PK PRIMARY KEY (ID)
);

CREATE TABLE ASSIGNMENT (
    CASE_ID BIGINT NOT NULL,
    EXPERT_ID BIGINT NOT NULL,
    CONFLICT SMALLINT NOT NULL,
    CONFLICT_TEXT VARCHAR(1000) NOT NULL,
    OVERRIDE_REASON VARCHAR(1000) NOT NULL,
    ASSIGNED_BY BIGINT NOT NULL,
    ASSIGNED_AT TIMESTAMP NOT NULL,
    RECORDED SMALLINT DEFAULT 0 NOT NULL,
    CONSTRAINT ASSIGNMENT_PK PRIMARY KEY (CASE_ID, EXPERT_ID),
    CONSTRAINT ASSIGNMENT_EXPERT_FK FOREIGN KEY (EXPERT_ID) REFERENCES EXPERT (ID)
);
