-- Designs (外观设计) are classified by Locarno, not by the IPC: LOCARNO holds a design request's class and subclass
-- (09-03). MAIN_IPC and FIELD stay NOT NULL (portable SQL cannot drop the constraint): a design stores '' there.
ALTER TABLE REQUEST ADD COLUMN LOCARNO VARCHAR(5);

-- The organisation a request was filed for, named as it was then: its qualification notice names it so, whatever
-- the organisation's profile says later.
ALTER TABLE REQUEST ADD COLUMN ORGANISATION_NAME VARCHAR(200);
ALTER TABLE REQUEST ADD COLUMN CREDIT_CODE CHAR(18);

-- Requests filed before: the organisation as its entity registration (the one the centre approved) names it.
UPDATE REQUEST SET ORGANISATION_NAME = (SELECT r.ORGANISATION_NAME FROM ENTITY e
        JOIN REGISTRATION r ON r.CASE_ID = e.REGISTRATION_CASE_ID WHERE e.ORGANISATION_ID = REQUEST.ORGANISATION_ID),
    CREDIT_CODE = (SELECT r.CREDIT_CODE FROM ENTITY e
        JOIN REGISTRATION r ON r.CASE_ID = e.REGISTRATION_CASE_ID WHERE e.ORGANISATION_ID = REQUEST.ORGANISATION_ID)
    WHERE ORGANISATION_NAME IS NULL;
