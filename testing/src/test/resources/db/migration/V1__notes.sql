-- A module's first script: one table.
CREATE TABLE NOTE (
    ID INTEGER NOT NULL PRIMARY KEY,
    TEXT VARCHAR(200) NOT NULL
);
