-- A second script: a column, and a row whose text holds a semicolon; -- and what looks like a comment.
ALTER TABLE NOTE ADD COLUMN AUTHOR VARCHAR(100);
INSERT INTO NOTE (ID, TEXT, AUTHOR) VALUES (1, '补正; 期限 -- 五个工作日', '审查员');
