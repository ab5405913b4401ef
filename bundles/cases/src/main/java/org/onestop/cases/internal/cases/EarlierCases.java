package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case tables of a gateway from before the case family had a schema of its own: the same tables in
 * {@code PLATFORM} (the platform's scripts V4 and V5). Their rows are moved to {@code CASES} with their numbers, in
 * one transaction, and the earlier tables dropped; numbers given later continue after the moved ones. The move
 * cannot be a script of {@code CASES}: nothing orders it after the platform's scripts, while {@link CaseTables}
 * waits for both schemas. On a new database the earlier tables are there, empty, and are dropped.
 */
final class EarlierCases {

    /** Each table with its columns, parents before children; dropped in the reverse order. */
    private static final List<String[]> TABLES = List.of(
            new String[] {"CASE_SEQUENCE", "PREFIX, CASE_YEAR, LAST_NUMBER", null},
            new String[] {"CASE_FILE", "ID, TRACKING_NUMBER, MODULE, CASE_TYPE, TITLE, STATUS, CLOSED, APPLICANT_ID,"
                    + " ORGANISATION_ID, ASSIGNEE_ID, OPENED_AT, UPDATED_AT, DUE_ON, VERSION", "ID"},
            new String[] {"CASE_EVENT", "ID, CASE_ID, HAPPENED_AT, KIND, ACTOR_ID, ACTOR_NAME, TRANSITION, FROM_STATUS,"
                    + " TO_STATUS, COMMENT_TEXT, FOR_APPLICANT", "ID"},
            new String[] {"CASE_CLOCK", "CASE_ID, DEADLINE, STATE, STARTED_ON, DUE_ON, DAYS_LEFT, WARNED", null},
            new String[] {"CASE_IDEMPOTENCY", "ACCOUNT_ID, IDEMPOTENCY_KEY, CASE_ID, CREATED_AT", null},
            new String[] {"CASE_DRAFT", "ID, ACCOUNT_ID, MODULE, CASE_TYPE, TITLE, CONTENT, SAVED_AT", "ID"},
            new String[] {"CASE_ATTACHMENT", "ID, CASE_ID, DRAFT_ID, EVENT_ID, UPLOADER_ID, FILE_NAME, MEDIA_TYPE,"
                    + " SIZE_BYTES, SHA256, PURPOSE, STORED_NAME, UPLOADED_AT, ACTIVE_CONTENT", "ID"},
            new String[] {"NOTIFICATION", "ID, ACCOUNT_ID, CREATED_AT, SUBJECT, BODY, LINK, READ_AT", "ID"});
    private static final Logger LOG = LoggerFactory.getLogger(EarlierCases.class);
    static final int ATTEMPTS = 5;

    private EarlierCases() {
    }

    /**
     * Moves the rows of the earlier tables, if they are there, into the schema {@code CASES} and drops those tables;
     * answers how many rows moved. Several gateway nodes starting at once on one database take turns: the move first
     * locks the earlier sequence table, and a node whose move failed because another node moved the tables
     * meanwhile (its lock waited for their drop, or the database chose it to end a deadlock) finds them gone and
     * moves nothing; any other failure is tried again, up to {@value #ATTEMPTS} times.
     */
    static int moveInto(DataSource database) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try (Connection connection = database.getConnection()) {
                if (!exists(connection, TABLES.get(0)[0])) {
                    return 0;
                }
                try {
                    return move(connection);
                } catch (SQLException e) {
                    connection.setAutoCommit(true);
                    if (!exists(connection, TABLES.get(0)[0])) {
                        LOG.info("The case tables of the schema PLATFORM were moved by another gateway node at the"
                                + " same time");
                        return 0;
                    }
                    if (attempt >= ATTEMPTS) {
                        throw e;
                    }
                    LOG.info("Moving the case tables from the schema PLATFORM failed, trying again: {}",
                            e.getMessage());
                }
            }
            try {
                Thread.sleep(200L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while moving the case tables", e);
            }
        }
    }

    private static int move(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // one node at a time: a second waits here until the first has dropped the tables (then fails: gone)
            statement.execute("LOCK TABLE PLATFORM." + TABLES.get(0)[0] + " IN EXCLUSIVE MODE");
            int moved = 0;
            for (String[] table : TABLES) {
                moved += statement.executeUpdate("INSERT INTO CASES." + table[0] + " (" + table[1] + ") SELECT "
                        + table[1] + " FROM PLATFORM." + table[0]);
                if (table[2] != null) {
                    continueNumbers(statement, table[0], table[2]);
                }
            }
            for (int i = TABLES.size() - 1; i >= 0; i--) {
                statement.executeUpdate("DROP TABLE PLATFORM." + TABLES.get(i)[0]);
            }
            connection.commit();
            LOG.info("Moved {} row(s) of the case tables from the schema PLATFORM to CASES", moved);
            return moved;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** New rows of {@code table} are numbered after the highest moved one. */
    private static void continueNumbers(Statement statement, String table, String column) throws SQLException {
        long next;
        try (ResultSet rows = statement.executeQuery("SELECT MAX(" + column + ") FROM CASES." + table)) {
            rows.next();
            next = rows.getLong(1) + 1;
        }
        statement.executeUpdate("ALTER TABLE CASES." + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
    }

    /** Whether the earlier table is there (Derby keeps unquoted names in upper case, PostgreSQL in lower). */
    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        for (String[] name : new String[][] {{"PLATFORM", table}, {"platform", table.toLowerCase(Locale.ROOT)}}) {
            try (ResultSet tables = metadata.getTables(null, name[0], name[1], null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
