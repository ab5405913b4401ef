package org.onestop.api.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A module's transactions on a real database: all or nothing, and timestamps that mean the same in any zone. */
class UnitOfWorkTest {

    private final TimeZone defaultZone = TimeZone.getDefault();
    private MemoryDatabase database;
    private UnitOfWork work;

    @BeforeEach
    void open() throws SQLException {
        database = new MemoryDatabase("CREATE TABLE NOTE (ID INT NOT NULL PRIMARY KEY, WRITTEN_AT TIMESTAMP)");
        work = new UnitOfWork(database.dataSource());
    }

    @AfterEach
    void close() {
        TimeZone.setDefault(defaultZone);
        database.close();
    }

    @Test
    void workThatReturnsIsCommittedAndAnswersItsValue() throws SQLException {
        int stored = work.call(tx -> insert(tx, 1) + insert(tx, 2));

        assertEquals(2, stored);
        assertEquals(List.of(1, 2), ids());
    }

    @Test
    void workThatThrowsLeavesNothingBehindWhateverItThrows() throws SQLException {
        IllegalStateException runtime = new IllegalStateException("refused");
        assertSame(runtime, assertThrows(IllegalStateException.class, () -> work.run(tx -> {
            insert(tx, 1);
            throw runtime;
        })));
        assertThrows(IOException.class, () -> work.run(tx -> {
            insert(tx, 2);
            throw new IOException("disk");
        }));
        assertThrows(SQLException.class, () -> work.run(tx -> {
            insert(tx, 3);
            insert(tx, 3);
        }), "the second row breaks the key");
        assertThrows(AssertionError.class, () -> work.run(tx -> {
            insert(tx, 4);
            throw new AssertionError("even an error");
        }));

        assertEquals(List.of(), ids());
        work.run(tx -> insert(tx, 5));
        assertEquals(List.of(5), ids(), "the connections were handed back in a usable state");
    }

    @Test
    void workRefusedForABusyIdentityGeneratorRunsAgainAndIsKeptOnce() throws SQLException {
        int[] attempts = {0};
        int stored = work.call(tx -> {
            insert(tx, 1);
            if (++attempts[0] < 3) {
                throw busyIdentityGenerator();
            }
            return 1;
        });

        assertEquals(1, stored);
        assertEquals(3, attempts[0]);
        assertEquals(List.of(1), ids(), "the refused attempts were rolled back whole");
    }

    @Test
    void anOrdinaryLockTimeoutIsNotTriedAgain() {
        int[] attempts = {0};
        SQLException timeout = new java.sql.SQLTransactionRollbackException("A lock could not be obtained", "40XL1");
        assertSame(timeout, assertThrows(SQLException.class, () -> work.run(tx -> {
            attempts[0]++;
            insert(tx, 1);
            throw timeout;
        })));
        assertEquals(1, attempts[0]);
    }

    @Test
    void aGeneratorBusyAtEveryAttemptIsRefusedInTheEnd() {
        int[] attempts = {0};
        assertThrows(SQLException.class, () -> work.run(tx -> {
            attempts[0]++;
            throw busyIdentityGenerator();
        }));
        assertEquals(UnitOfWork.ATTEMPTS, attempts[0]);
    }

    /** What embedded Derby throws when a new range of identity values cannot be taken at once. */
    private static SQLException busyIdentityGenerator() {
        SQLException busy = new java.sql.SQLTransactionRollbackException(
                "A lock could not be obtained within the time requested", "40XL1");
        busy.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "org.apache.derby.impl.sql.catalog.SequenceUpdater", "tooMuchContentionException", null, 186)});
        return busy;
    }

    @Test
    void anInstantWrittenInOneZoneReadsTheSameInAnother() throws SQLException {
        Instant at = Instant.parse("2026-03-29T01:30:00.123Z");
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        work.run(tx -> {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO NOTE VALUES (1, ?)")) {
                UtcColumns.set(insert, 1, at);
                insert.executeUpdate();
            }
        });

        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        Instant read = work.call(tx -> {
            try (Statement s = tx.createStatement(); ResultSet rows = s.executeQuery("SELECT WRITTEN_AT FROM NOTE")) {
                rows.next();
                return UtcColumns.get(rows, "WRITTEN_AT");
            }
        });
        assertEquals(at, read);

        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT WRITTEN_AT FROM NOTE")) {
            rows.next();
            assertEquals("2026-03-29 01:30:00.123", rows.getTimestamp(1).toString(), "kept as UTC wall-clock time");
            assertEquals(at, UtcColumns.get(rows, 1));
        }
    }

    @Test
    void anAbsentInstantIsNull() throws SQLException {
        work.run(tx -> {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO NOTE VALUES (1, ?)")) {
                UtcColumns.set(insert, 1, null);
                insert.executeUpdate();
            }
        });
        Instant read = work.call(tx -> {
            try (Statement s = tx.createStatement(); ResultSet rows = s.executeQuery("SELECT WRITTEN_AT FROM NOTE")) {
                rows.next();
                return UtcColumns.get(rows, 1);
            }
        });
        assertNull(read);
    }

    private static int insert(Connection tx, int id) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO NOTE (ID) VALUES (?)")) {
            insert.setInt(1, id);
            return insert.executeUpdate();
        }
    }

    private List<Integer> ids() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT ID FROM NOTE ORDER BY ID")) {
            List<Integer> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
            return ids;
        }
    }
}
