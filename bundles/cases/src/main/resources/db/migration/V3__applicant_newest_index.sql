-- An applicant's cases, newest first ("my requests"), read in the index's order: with the ascending index Derby sorted
-- them for every request.
CREATE INDEX CASE_FILE_APPLICANT_NEWEST ON CASE_FILE (APPLICANT_ID, OPENED_AT DESC, ID DESC);
DROP INDEX CASE_FILE_APPLICANT;
