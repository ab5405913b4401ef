package org.onestop.mail.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox of a gateway from before the outbox was a bundle of its own: the table {@code PLATFORM.MAIL_OUTBOX}
 * (the platform's script V3). Its rows, queued or sent, are moved to {@code MAIL.MAIL_OUTBOX} with their numbers,
 * in one transaction, before the outbox takes mail; the numbers of new mail continue after them. The move cannot be
 * a script of the schema {@code MAIL}: nothing orders it after the platform's scripts, which on a new database may
 * not have run yet. Gateways that start together on one database take turns (the move locks the earlier table):
 * the first moves the rows, the others find none.
 */
final class EarlierOutbox {

    private static final String TABLE = "MAIL_OUTBOX";
    private static final String COLUMNS = "ID, RECIPIENT, SUBJECT, BODY, CREATED_AT, STATUS, ATTEMPTS,"
            + " NEXT_ATTEMPT_AT, LAST_ERROR, SENT_AT, CLAIM";
    private static final Logger LOG = LoggerFactory.getLogger(EarlierOutbox.class);

    private EarlierOutbox() {
    }

    /** Moves the rows of {@code PLATFORM.MAIL_OUTBOX}, if there are any, into the outbox; answers how many. */
    static int moveInto(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            if (!exists(connection)) {
                return 0;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // one node at a time: a second waits here, then finds the earlier table empty
                statement.execute("LOCK TABLE PLATFORM." + TABLE + " IN EXCLUSIVE MODE");
                int moved = statement.executeUpdate("INSERT INTO MAIL." + TABLE + " (" + COLUMNS + ") SELECT "
                        + COLUMNS + " FROM PLATFORM." + TABLE);
                if (moved == 0) {
                    connection.rollback();
                    return 0;
                }
                statement.executeUpdate("DELETE FROM PLATFORM." + TABLE);
                long next;
                try (ResultSet rows = statement.executeQuery("SELECT MAX(ID) FROM MAIL." + TABLE)) {
                    rows.next();
                    next = rows.getLong(1) + 1;
                }
                statement.executeUpdate("ALTER TABLE MAIL." + TABLE + " ALTER COLUMN ID RESTART WITH " + next);
                connection.commit();
                LOG.info("Moved {} mail(s) from PLATFORM.{} to MAIL.{}", moved, TABLE, TABLE);
                return moved;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Whether the earlier table is there (Derby keeps unquoted names in upper case, PostgreSQL in lower). */
    private static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        for (String[] name : new String[][] {{"PLATFORM", TABLE}, {"platform", TABLE.toLowerCase(Locale.ROOT)}}) {
            try (ResultSet tables = metadata.getTables(null, name[0], name[1], null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
