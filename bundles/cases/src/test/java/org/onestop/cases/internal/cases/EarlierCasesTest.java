package org.onestop.cases.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.cases.internal.CaseDatabase;
import org.onestop.testing.TestDatabase;

/** A gateway from before the case family's own schema: its cases move with their numbers, nothing is left behind. */
class EarlierCasesTest {

    @TempDir
    Path folder;

    @Test
    void theEarlierRowsMoveWithTheirNumbersAndNewNumbersFollowThem() throws Exception {
        try (TestDatabase database = CaseDatabase.in(folder)) {
            long account;
            try (Connection c = database.gateway().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO PLATFORM.ACCOUNT (EMAIL, DISPLAY_NAME, ACCOUNT_KIND, EMAIL_CONFIRMED,"
                        + " MUST_CHANGE_PASSWORD, ACTIVE, PREFERRED_LANGUAGE, CREATED_AT) VALUES ('a@example.org',"
                        + " '张三', 'INNOVATOR', TRUE, FALSE, TRUE, 'zh-CN', CURRENT_TIMESTAMP)");
                account = number(s, "SELECT MAX(ID) FROM PLATFORM.ACCOUNT");
                s.executeUpdate("INSERT INTO PLATFORM.CASE_SEQUENCE VALUES ('YS', 2026, 41)");
                for (int i = 0; i < 3; i++) {
                    s.executeUpdate("INSERT INTO PLATFORM.CASE_FILE (TRACKING_NUMBER, MODULE, CASE_TYPE, TITLE, STATUS,"
                            + " CLOSED, APPLICANT_ID, OPENED_AT, UPDATED_AT, VERSION) VALUES ('YS-2026-00004" + i
                            + "', 'preexam', 'request', '一种装置', 'submitted', FALSE, " + account
                            + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
                }
                s.executeUpdate("DELETE FROM PLATFORM.CASE_FILE WHERE TRACKING_NUMBER = 'YS-2026-000040'");
                long lastCase = number(s, "SELECT MAX(ID) FROM PLATFORM.CASE_FILE");
                s.executeUpdate("INSERT INTO PLATFORM.CASE_EVENT (CASE_ID, HAPPENED_AT, KIND, FOR_APPLICANT) VALUES ("
                        + lastCase + ", CURRENT_TIMESTAMP, 'opened', TRUE)");
                s.executeUpdate("INSERT INTO PLATFORM.NOTIFICATION (ACCOUNT_ID, CREATED_AT, SUBJECT, BODY) VALUES ("
                        + account + ", CURRENT_TIMESTAMP, '已受理', '您的请求已受理')");
            }

            assertEquals(5, EarlierCases.moveInto(database.dataSource()));

            try (Connection c = database.gateway().getConnection(); Statement s = c.createStatement()) {
                assertEquals(2, number(s, "SELECT COUNT(*) FROM CASES.CASE_FILE"));
                long moved = number(s, "SELECT ID FROM CASES.CASE_FILE WHERE TRACKING_NUMBER = 'YS-2026-000042'");
                assertEquals(moved, number(s, "SELECT CASE_ID FROM CASES.CASE_EVENT"));
                assertEquals(41, number(s, "SELECT LAST_NUMBER FROM CASES.CASE_SEQUENCE WHERE PREFIX = 'YS'"));
                assertEquals(account, number(s, "SELECT ACCOUNT_ID FROM CASES.NOTIFICATION"));
                assertThrows(SQLException.class, () -> s.executeQuery("SELECT COUNT(*) FROM PLATFORM.CASE_FILE"));
                s.executeUpdate("INSERT INTO CASES.CASE_FILE (TRACKING_NUMBER, MODULE, CASE_TYPE, TITLE, STATUS,"
                        + " CLOSED, APPLICANT_ID, OPENED_AT, UPDATED_AT, VERSION) VALUES ('YS-2026-000043',"
                        + " 'preexam', 'request', '另一种装置', 'submitted', FALSE, " + account
                        + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
                assertEquals(moved + 1, number(s,
                        "SELECT ID FROM CASES.CASE_FILE WHERE TRACKING_NUMBER = 'YS-2026-000043'"));
            }
            assertEquals(0, EarlierCases.moveInto(database.dataSource()), "a second start moves nothing");
        }
    }

    @Test
    void gatewayNodesStartingAtOnceMoveTheRowsOnceAndAllStart() throws Exception {
        try (TestDatabase database = CaseDatabase.in(folder)) {
            try (Connection c = database.gateway().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO PLATFORM.CASE_SEQUENCE VALUES ('YS', 2026, 7)");
                s.executeUpdate("INSERT INTO PLATFORM.CASE_SEQUENCE VALUES ('WQ', 2026, 3)");
            }
            int nodes = 4;
            java.util.concurrent.ExecutorService starts = java.util.concurrent.Executors.newFixedThreadPool(nodes);
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(nodes);
            try {
                java.util.List<java.util.concurrent.Future<Integer>> moved = new java.util.ArrayList<>();
                for (int i = 0; i < nodes; i++) {
                    moved.add(starts.submit(() -> {
                        together.await();
                        return EarlierCases.moveInto(database.dataSource());
                    }));
                }
                int total = 0;
                for (java.util.concurrent.Future<Integer> each : moved) {
                    total += each.get(); // a node whose move failed would throw here: its cases would never start
                }
                assertEquals(2, total, "the two rows moved by one node, once");
            } finally {
                starts.shutdownNow();
            }
            try (Connection c = database.gateway().getConnection(); Statement s = c.createStatement()) {
                assertEquals(2, number(s, "SELECT COUNT(*) FROM CASES.CASE_SEQUENCE"));
                assertThrows(SQLException.class, () -> s.executeQuery("SELECT COUNT(*) FROM PLATFORM.CASE_SEQUENCE"));
            }
        }
    }

    @Test
    void aNewDatabaseLosesOnlyTheEmptyEarlierTables() throws Exception {
        try (TestDatabase database = CaseDatabase.in(folder)) {
            assertEquals(0, EarlierCases.moveInto(database.dataSource()));
            try (Connection c = database.gateway().getConnection();
                    ResultSet tables = c.getMetaData().getTables(null, "PLATFORM", "CASE_%", null)) {
                assertFalse(tables.next());
            }
        }
    }

    private static long number(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
