package org.onestop.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module's every script applied by the platform's migrator, in the module's own schema. */
class TestDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void everyScriptIsAppliedTheSecondOneToo() throws Exception {
        try (TestDatabase db = TestDatabase.of(folder, "SAMPLE")) {
            assertEquals(2, db.version());
            assertEquals(List.of("1 补正; 期限 -- 五个工作日 审查员"), notes(db), "V2's column and its row");
            assertEquals(List.of("1 V1__notes.sql", "2 V2__note_authors.sql"), history(db));
        }
    }

    @Test
    void anOlderSchemaTakesRowsBeforeTheNextScript() throws Exception {
        try (TestDatabase db = TestDatabase.upTo(folder, "SAMPLE", 1)) {
            assertEquals(1, db.version());
            db.execute("INSERT INTO NOTE (ID, TEXT) VALUES (7, '旧的')");
            assertEquals(List.of(2), db.migrate());
            assertEquals(List.of("1 补正; 期限 -- 五个工作日 审查员", "7 旧的 null"), notes(db));
            assertEquals(List.of(), db.migrate(), "nothing is applied twice");
        }
    }

    @Test
    void theGatewayNamesTheSchemaTheModuleDoesNot() throws Exception {
        try (TestDatabase db = TestDatabase.of(folder, "SAMPLE");
                Connection c = db.gateway().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM SAMPLE.NOTE")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void aQueryReadsAsTextAndATimestampAsItsWallClockTime() throws Exception {
        try (TestDatabase db = TestDatabase.of(folder, "SAMPLE")) {
            db.execute("UPDATE NOTE SET TEXT = '  补正  '");
            assertEquals("补正", db.text("SELECT TEXT FROM NOTE"));
            assertEquals("2026-12-03 01:30:00.0", db.text("SELECT CHAR(TIMESTAMP('2026-12-03 01:30:00')) FROM NOTE"));
        }
    }

    private static List<String> notes(TestDatabase db) throws Exception {
        return rows(db, "SELECT ID, TEXT, AUTHOR FROM NOTE ORDER BY ID");
    }

    private static List<String> history(TestDatabase db) throws Exception {
        return rows(db, "SELECT VERSION, SCRIPT FROM ONESTOP.SCHEMA_HISTORY WHERE SCHEMA_NAME = 'SAMPLE'"
                + " ORDER BY VERSION");
    }

    private static List<String> rows(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            java.util.ArrayList<String> found = new java.util.ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(rows.getString(i));
                }
                found.add(row.toString());
            }
            return found;
        }
    }
}
