-- Named attendees: an innovator of an organisation enrols people of that organisation by name. Each is an enrolment
-- of its own (a place or the waitlist, like any other) whose ACCOUNT_ID is the person who enrolled them (they see and
-- cancel it) and whose ATTENDEE_NAME, ATTENDEE_EMAIL and ATTENDEE_PHONE (at least one of the two) say who comes and
-- where the ticket goes. A person's own enrolment has no ATTENDEE_NAME: one of those per account and session.
ALTER TABLE ENROLMENT ADD COLUMN ATTENDEE_NAME VARCHAR(100);
ALTER TABLE ENROLMENT ADD COLUMN ATTENDEE_EMAIL VARCHAR(200);
ALTER TABLE ENROLMENT ADD COLUMN ATTENDEE_PHONE VARCHAR(30);
