-- The outcome a window clerk closes a visit with (accepted: received by the patent office and completed;
-- not-accepted: the patent office did not accept it, with the reason; no-show: the applicant did not come to the
-- window), and the clerk's reason or remark. Both stay empty until the visit is closed on the close form.
ALTER TABLE VISIT ADD COLUMN OUTCOME VARCHAR(20);
ALTER TABLE VISIT ADD COLUMN OUTCOME_REASON VARCHAR(500);
