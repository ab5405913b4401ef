-- How far an import has read its file, stored with each batch it writes (with the records it refused so far), so that
-- every gateway node sharing the database shows a running import's progress, not only the node reading it.
ALTER TABLE PATENT_IMPORT ADD COLUMN BYTES_READ BIGINT DEFAULT 0 NOT NULL;
