-- The rating invitation after the session (好差评): set (UTC) in the transaction that invites a person checked in
-- to rate the session through the ratings bundle, so each is invited once; left empty while ratings is not deployed.
ALTER TABLE ENROLMENT ADD COLUMN RATING_INVITED_AT TIMESTAMP;
