-- Stored files are looked up by their name when files without a row are swept (StrayFileSweep).
CREATE INDEX CASE_ATTACHMENT_STORED ON CASE_ATTACHMENT (STORED_NAME);
