-- The consent an innovator gives at registration to the user agreement and the privacy notice, each document in
-- the version the innovator was shown, with the time and the client address (one row per document and version, so
-- that a later version consented to adds a row); and what active content was found in a stored file (for a PDF:
-- scripts, actions run on opening, embedded files), comma separated, null when none.
CREATE TABLE ACCOUNT_CONSENT (
    ACCOUNT_ID BIGINT NOT NULL REFERENCES ACCOUNT (ID),
    DOCUMENT VARCHAR(20) NOT NULL,
    VERSION VARCHAR(40) NOT NULL,
    CONSENTED_AT TIMESTAMP NOT NULL,
    CLIENT_ADDRESS VARCHAR(64) NOT NULL,
    PRIMARY KEY (ACCOUNT_ID, DOCUMENT, VERSION)
);

ALTER TABLE CASE_ATTACHMENT ADD COLUMN ACTIVE_CONTENT VARCHAR(200);

-- the uploads of one account in the last hour are counted for the upload rate limit
CREATE INDEX CASE_ATTACHMENT_RECENT ON CASE_ATTACHMENT (UPLOADER_ID, UPLOADED_AT);
