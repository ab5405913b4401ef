-- Pre-checked window visits (材料预审): the module's rows of a case of type CN. VISIT is the visit: the business done
-- at the window, the applicant's note, its status (kept in step with the case), and the receipt at the window (the
-- patent office's receipt number and date). VISIT_ROUND is one submission of the materials (ROUND 1 the first,
-- 2 after the first corrected upload…): the day it came, the day the clerk answered and whether the answer was
-- "complete". VISIT_PROBLEM is one item of a round's list of what is missing or wrong (一次性告知); an item of a later
-- round is marked new with the reason the first answer could not see it.
CREATE TABLE VISIT (
    CASE_ID BIGINT NOT NULL,
    TRACKING_NUMBER VARCHAR(20) NOT NULL,
    BUSINESS VARCHAR(40) NOT NULL,
    NOTE VARCHAR(1000) NOT NULL,
    STATUS VARCHAR(20) NOT NULL,
    SUBMITTED_AT TIMESTAMP NOT NULL,
    RECEIPT_NUMBER VARCHAR(40),
    RECEIPT_DATE DATE,
    CLOSED_ON DATE,
    CONSTRAINT VISIT_PK PRIMARY KEY (CASE_ID),
    CONSTRAINT VISIT_BUSINESS_FK FOREIGN KEY (BUSINESS) REFERENCES BUSINESS (CODE)
);

CREATE TABLE VISIT_ROUND (
    CASE_ID BIGINT NOT NULL,
    ROUND INT NOT NULL,
    SUBMITTED_ON DATE NOT NULL,
    ANSWERED_ON DATE,
    COMPLETE SMALLINT,
    CONSTRAINT VISIT_ROUND_PK PRIMARY KEY (CASE_ID, ROUND),
    CONSTRAINT VISIT_ROUND_FK FOREIGN KEY (CASE_ID) REFERENCES VISIT (CASE_ID)
);

CREATE TABLE VISIT_PROBLEM (
    CASE_ID BIGINT NOT NULL,
    ROUND INT NOT NULL,
    POSITION INT NOT NULL,
    TEXT VARCHAR(500) NOT NULL,
    IS_NEW SMALLINT DEFAULT 0 NOT NULL,
    REASON VARCHAR(500),
    CONSTRAINT VISIT_PROBLEM_PK PRIMARY KEY (CASE_ID, ROUND, POSITION),
    CONSTRAINT VISIT_PROBLEM_FK FOREIGN KEY (CASE_ID, ROUND) REFERENCES VISIT_ROUND (CASE_ID, ROUND)
);
