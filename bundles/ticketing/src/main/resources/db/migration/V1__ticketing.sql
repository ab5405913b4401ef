-- The service hall's queue (取号叫号). Times are UTC; DAY columns are the centre's calendar days.
-- A SERVICE of the hall has a letter PREFIX (its numbers are A001, A002, ... restarting each day), a typical
-- service time in minutes (for estimates), and the appointment slots of a day: SLOT_MINUTES long, SLOT_CAPACITY
-- visitors each. ACTIVE 0 takes it off the kiosk and the online forms; its history stays.
CREATE TABLE SERVICE (
    ID BIGINT GENERATED ALWAYS AS IDENTITY,
    CODE VARCHAR(40) NOT NULL,
    PREFIX CHAR(1) NOT NULL,
    NAME_ZH VARCHAR(100) NOT NULL,
    NAME_EN VARCHAR(100) NOT NULL,
    TYPICAL_MINUTES INT NOT NULL,
    SLOT_MINUTES INT NOT NULL,
    SLOT_CAPACITY INT NOT NULL,
    POSITION INT NOT NULL,
    ACTIVE SMALLINT DEFAULT 1 NOT NULL,
    CONSTRAINT SERVICE_PK PRIMARY KEY (ID),
    CONSTRAINT SERVICE_CODE UNIQUE (CODE),
    CONSTRAINT SERVICE_PREFIX UNIQUE (PREFIX)
);

-- A counter (窗口) of the hall, called by its NUMBER ("3 号窗口"); it serves the services of COUNTER_SERVICE.
-- CLERK_ID is the clerk working it now (null when closed), since OPENED_AT.
CREATE TABLE COUNTER (
    ID BIGINT GENERATED ALWAYS AS IDENTITY,
    NUMBER INT NOT NULL,
    NAME_ZH VARCHAR(100) NOT NULL,
    NAME_EN VARCHAR(100) NOT NULL,
    ACTIVE SMALLINT DEFAULT 1 NOT NULL,
    CLERK_ID BIGINT,
    OPENED_AT TIMESTAMP,
    CONSTRAINT COUNTER_PK PRIMARY KEY (ID),
    CONSTRAINT COUNTER_NUMBER UNIQUE (NUMBER)
);

CREATE TABLE COUNTER_SERVICE (
    COUNTER_ID BIGINT NOT NULL,
    SERVICE_ID BIGINT NOT NULL,
    CONSTRAINT COUNTER_SERVICE_PK PRIMARY KEY (COUNTER_ID, SERVICE_ID),
    CONSTRAINT COUNTER_SERVICE_COUNTER_FK FOREIGN KEY (COUNTER_ID) REFERENCES COUNTER (ID),
    CONSTRAINT COUNTER_SERVICE_SERVICE_FK FOREIGN KEY (SERVICE_ID) REFERENCES SERVICE (ID)
);

-- The last number given for a service on a day: taking a number updates this row first (its row lock), so two
-- visitors never get the same number, on Derby and PostgreSQL alike.
CREATE TABLE DAY_NUMBER (
    SERVICE_ID BIGINT NOT NULL,
    DAY DATE NOT NULL,
    LAST_SEQ INT NOT NULL,
    CONSTRAINT DAY_NUMBER_PK PRIMARY KEY (SERVICE_ID, DAY),
    CONSTRAINT DAY_NUMBER_SERVICE_FK FOREIGN KEY (SERVICE_ID) REFERENCES SERVICE (ID)
);

-- A number (号) of a DAY. SERVICE_ID is the service it waits for now (a transfer changes it; FIRST_SERVICE_ID keeps
-- the one it was taken for); NUMBER stays as printed. CHANNEL: online, kiosk, reception. ACCOUNT_ID: the signed-in
-- visitor who took it, else null; ACCESS_KEY is the secret of the ticket's link (/ticketing/tickets/{key}).
-- STATUS: waiting, called, serving, parked, done, no_show, cancelled. The queue of a service is its waiting numbers
-- in the order PRIORITY DESC (1: an appointment checked in), QUEUED_AT, ID; QUEUED_AT is when it joined the queue
-- (a transfer keeps it). COUNTER_ID/CLERK_ID: where it was called last, by whom; CALLS counts the calls (recalls
-- included). TURN is bumped by every change of the row.
CREATE TABLE TICKET (
    ID BIGINT GENERATED ALWAYS AS IDENTITY,
    DAY DATE NOT NULL,
    SERVICE_ID BIGINT NOT NULL,
    FIRST_SERVICE_ID BIGINT NOT NULL,
    NUMBER VARCHAR(8) NOT NULL,
    CHANNEL VARCHAR(12) NOT NULL,
    ACCOUNT_ID BIGINT,
    ACCESS_KEY VARCHAR(64) NOT NULL,
    APPOINTMENT_ID BIGINT,
    PRIORITY SMALLINT DEFAULT 0 NOT NULL,
    STATUS VARCHAR(12) NOT NULL,
    TAKEN_AT TIMESTAMP NOT NULL,
    QUEUED_AT TIMESTAMP NOT NULL,
    COUNTER_ID BIGINT,
    CLERK_ID BIGINT,
    CALLS INT DEFAULT 0 NOT NULL,
    FIRST_CALLED_AT TIMESTAMP,
    CALLED_AT TIMESTAMP,
    SERVING_AT TIMESTAMP,
    FINISHED_AT TIMESTAMP,
    NOTE VARCHAR(1000),
    TURN BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT TICKET_PK PRIMARY KEY (ID),
    CONSTRAINT TICKET_NUMBER UNIQUE (DAY, NUMBER),
    CONSTRAINT TICKET_KEY UNIQUE (ACCESS_KEY),
    CONSTRAINT TICKET_SERVICE_FK FOREIGN KEY (SERVICE_ID) REFERENCES SERVICE (ID)
);

CREATE INDEX TICKET_QUEUE ON TICKET (DAY, SERVICE_ID, STATUS, PRIORITY, QUEUED_AT);
CREATE INDEX TICKET_ACCOUNT ON TICKET (ACCOUNT_ID);

-- What happened to a number, in order: taken, checked_in, called, recalled, serving, parked, resumed, transferred,
-- no_show, done, cancelled. COUNTER_ID, CLERK_ID and SERVICE_ID as they were at that moment; DETAIL a short note
-- (the service transferred from, a clerk's note).
CREATE TABLE TICKET_EVENT (
    ID BIGINT GENERATED ALWAYS AS IDENTITY,
    TICKET_ID BIGINT NOT NULL,
    HAPPENED_AT TIMESTAMP NOT NULL,
    KIND VARCHAR(16) NOT NULL,
    SERVICE_ID BIGINT NOT NULL,
    COUNTER_ID BIGINT,
    CLERK_ID BIGINT,
    DETAIL VARCHAR(1000),
    CONSTRAINT TICKET_EVENT_PK PRIMARY KEY (ID),
    CONSTRAINT TICKET_EVENT_TICKET_FK FOREIGN KEY (TICKET_ID) REFERENCES TICKET (ID)
);

CREATE INDEX TICKET_EVENT_TICKET ON TICKET_EVENT (TICKET_ID, ID);
CREATE INDEX TICKET_EVENT_AT ON TICKET_EVENT (HAPPENED_AT);

-- An appointment (预约) for a slot [SLOT_START, SLOT_END) of a service on a DAY. STATUS: booked, checked_in (its
-- number is TICKET_ID), cancelled, missed (not checked in by the slot's end), rebooked (REBOOKED_TO names the new
-- one). ACCOUNT_ID: the visitor (appointments are booked signed in). REFERENCE: what another module booked it for
-- (e.g. a case's tracking number), else null. Booking counts the slot's appointments under the service's row lock.
CREATE TABLE APPOINTMENT (
    ID BIGINT GENERATED ALWAYS AS IDENTITY,
    SERVICE_ID BIGINT NOT NULL,
    DAY DATE NOT NULL,
    SLOT_START TIMESTAMP NOT NULL,
    SLOT_END TIMESTAMP NOT NULL,
    ACCOUNT_ID BIGINT NOT NULL,
    ACCESS_KEY VARCHAR(64) NOT NULL,
    REFERENCE VARCHAR(100),
    STATUS VARCHAR(12) NOT NULL,
    BOOKED_AT TIMESTAMP NOT NULL,
    CHANGED_AT TIMESTAMP NOT NULL,
    CHECKED_IN_AT TIMESTAMP,
    TICKET_ID BIGINT,
    REBOOKED_TO BIGINT,
    CONSTRAINT APPOINTMENT_PK PRIMARY KEY (ID),
    CONSTRAINT APPOINTMENT_KEY UNIQUE (ACCESS_KEY),
    CONSTRAINT APPOINTMENT_SERVICE_FK FOREIGN KEY (SERVICE_ID) REFERENCES SERVICE (ID)
);

CREATE INDEX APPOINTMENT_SLOT ON APPOINTMENT (SERVICE_ID, SLOT_START, STATUS);
CREATE INDEX APPOINTMENT_ACCOUNT ON APPOINTMENT (ACCOUNT_ID);

-- The hall's services and counters as a centre starts with them; staff change them on the supervisor's pages.
INSERT INTO SERVICE (CODE, PREFIX, NAME_ZH, NAME_EN, TYPICAL_MINUTES, SLOT_MINUTES, SLOT_CAPACITY, POSITION) VALUES
    ('preexam', 'A', '专利预审咨询', 'Patent pre-examination consultation', 15, 30, 2, 1),
    ('assistance', 'B', '维权援助', 'Rights-protection assistance', 20, 30, 2, 2),
    ('cnipa', 'C', '专利业务（国家知识产权局窗口）', 'Patent business (patent office window)', 10, 30, 3, 3),
    ('trademark', 'D', '商标业务', 'Trademark business', 10, 30, 3, 4),
    ('pledge', 'E', '质押登记', 'Pledge registration', 25, 60, 2, 5),
    ('enquiry', 'F', '综合咨询', 'General enquiries', 5, 30, 4, 6);

INSERT INTO COUNTER (NUMBER, NAME_ZH, NAME_EN) VALUES
    (1, '1 号窗口', 'Counter 1'),
    (2, '2 号窗口', 'Counter 2'),
    (3, '3 号窗口', 'Counter 3'),
    (4, '4 号窗口', 'Counter 4');

INSERT INTO COUNTER_SERVICE (COUNTER_ID, SERVICE_ID)
    SELECT C.ID, S.ID FROM COUNTER C, SERVICE S WHERE
        (C.NUMBER = 1 AND S.CODE IN ('preexam', 'enquiry'))
        OR (C.NUMBER = 2 AND S.CODE IN ('assistance', 'enquiry'))
        OR (C.NUMBER = 3 AND S.CODE IN ('cnipa', 'pledge'))
        OR (C.NUMBER = 4 AND S.CODE IN ('trademark', 'pledge', 'enquiry'));
