-- A course's title and description in English too, for the catalogue's English pages: empty when the trainer gave
-- none (an English page then shows the Chinese).
ALTER TABLE COURSE ADD COLUMN TITLE_EN VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE COURSE ADD COLUMN DESCRIPTION_EN VARCHAR(4000) DEFAULT '' NOT NULL;
