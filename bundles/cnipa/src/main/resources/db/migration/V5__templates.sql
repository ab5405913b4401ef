-- Template files of the materials checklist (模板下载): a file staff uploaded for an item of a business's entry,
-- kept for good (the entry's version that links it stays in the history; a new upload is a new row and a new
-- version). KIND is what the file's leading bytes say it is (pdf, doc, docx, xls, xlsx, odt, ods), never its name;
-- NAME the uploader's file name, cleaned; SIZE in bytes; UPLOADED_AT in UTC.
CREATE TABLE TEMPLATE_FILE (
    ID BIGINT GENERATED ALWAYS AS IDENTITY,
    BUSINESS VARCHAR(40) NOT NULL,
    NAME VARCHAR(200) NOT NULL,
    KIND VARCHAR(10) NOT NULL,
    SIZE BIGINT NOT NULL,
    CONTENT BLOB(10M) NOT NULL,
    UPLOADED_BY VARCHAR(200) NOT NULL,
    UPLOADED_AT TIMESTAMP NOT NULL,
    CONSTRAINT TEMPLATE_FILE_PK PRIMARY KEY (ID),
    CONSTRAINT TEMPLATE_FILE_BUSINESS FOREIGN KEY (BUSINESS) REFERENCES BUSINESS (CODE)
);
