package org.onestop.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.audit.AuditEntry;
import org.onestop.api.module.Paging;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/** Recording entries: the chain, the caller's transaction, concurrent writers, stored times and lengths. */
class ChainedAuditTrailTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private TestClock clock;
    private ChainedAuditTrail trail;
    private ChainCheck check;
    private TrailSearch search;

    @BeforeEach
    void openDatabase() throws Exception {
        database = TestDatabase.of(folder, "PLATFORM");
        clock = new TestClock(Instant.parse("2026-11-21T08:30:00Z"));
        trail = new ChainedAuditTrail(database.gateway(), clock);
        check = new ChainCheck(database.gateway());
        search = new TrailSearch(database.gateway());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private List<RecordedEntry> all() throws Exception {
        return search.find(new AuditQuery(null, null, null, null, new Paging(1, 200))).items();
    }

    @Test
    void entriesAreChainedInOrderAndTheTrailVerifiesIntact() throws Exception {
        for (int i = 1; i <= 5; i++) {
            trail.record(new AuditEntry("account:" + i, "login.succeeded", "account:" + i, "10.0.0." + i, "try " + i));
            clock.advance(Duration.ofSeconds(1));
        }

        List<RecordedEntry> newestFirst = all();
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), newestFirst.stream().map(RecordedEntry::sequence).toList());
        RecordedEntry first = newestFirst.get(4);
        assertEquals(EntryHash.GENESIS, first.previousHash());
        assertEquals(Instant.parse("2026-11-21T08:30:00Z"), first.time());
        assertEquals("10.0.0.1", first.clientAddress());
        for (int i = 0; i < 4; i++) {
            assertEquals(newestFirst.get(i + 1).hash(), newestFirst.get(i).previousHash());
            assertEquals(newestFirst.get(i).expectedHash(), newestFirst.get(i).hash());
        }
        assertEquals(Verification.intact(5), check.verify());
    }

    @Test
    void anEmptyTrailIsIntact() throws Exception {
        assertEquals(Verification.intact(0), check.verify());
    }

    @Test
    void anEntryInARolledBackTransactionLeavesNothing() throws Exception {
        try (Connection connection = database.gateway().getConnection()) {
            connection.setAutoCommit(false);
            trail.record(connection, new AuditEntry("account:7", "case.moved", "case:YS-2026-000123", "", ""));
            connection.rollback();
        }

        assertEquals(0, count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY"));
        assertEquals(0, count("SELECT LAST_SEQ FROM PLATFORM.AUDIT_HEAD"));
        trail.record(new AuditEntry("account:7", "case.moved", "case:YS-2026-000123", "", ""));
        assertEquals(1, all().get(0).sequence());
        assertEquals(Verification.intact(1), check.verify());
    }

    @Test
    void anEntryInTheCallersTransactionIsStoredWithItsChange() throws Exception {
        database.execute("CREATE TABLE PLATFORM.THING (NAME VARCHAR(20))");
        try (Connection connection = database.gateway().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO PLATFORM.THING (NAME) VALUES ('pear')");
            trail.record(connection, new AuditEntry("account:7", "thing.added", "thing:pear", "", ""));
            connection.commit();
        }

        assertEquals(1, count("SELECT COUNT(*) FROM PLATFORM.THING"));
        assertEquals("thing.added", all().get(0).action());
    }

    @Test
    void concurrentWritersKeepTheChainIntact() throws Exception {
        int threads = 6;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String actor = "account:" + t;
            done.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    trail.record(new AuditEntry(actor, "page.viewed", "", "", "entry " + i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<Void> f : done) {
            f.get();
        }
        pool.shutdown();

        assertEquals(Verification.intact(threads * each), check.verify());
        assertEquals(LongStream.iterate(threads * each, n -> n - 1).limit(threads * each).boxed().toList(),
                all().stream().map(RecordedEntry::sequence).toList());
    }

    @Test
    void timesAreStoredAsUtcWhateverTheZoneOfTheJvm() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            clock = new TestClock(Instant.parse("2026-11-21T23:30:15.123456Z"));
            new ChainedAuditTrail(database.gateway(), clock).record(new AuditEntry("runtime", "x", "", "", ""));

            assertEquals(Instant.parse("2026-11-21T23:30:15.123Z"), all().get(0).time());
            try (Connection connection = database.gateway().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT CAST(RECORDED_AT AS VARCHAR(30)) FROM PLATFORM.AUDIT_ENTRY")) {
                rows.next();
                assertTrue(rows.getString(1).startsWith("2026-11-21 23:30:15.123"), rows.getString(1));
            }
            assertEquals(Verification.intact(1), check.verify());
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void longOrOddFieldsAreStoredShortenedAndStillVerify() throws Exception {
        String detail = "专利预审😀".repeat(1000) + "\u0000" + "\uD800";
        trail.record(new AuditEntry("account:1", "case.noted", "case:" + "Y".repeat(400), "", detail));

        RecordedEntry stored = all().get(0);
        assertEquals(ChainedAuditTrail.DETAIL_MAX, stored.detail().length());
        assertTrue(stored.detail().endsWith("…"));
        assertEquals(ChainedAuditTrail.TARGET_MAX, stored.target().length());
        assertEquals(Verification.intact(1), check.verify());
        assertEquals("a\uFFFDb?", ChainedAuditTrail.fit("a\u0000b\uDC00", 10));
        assertEquals("ab…", ChainedAuditTrail.fit("ab😀cd", 4), "a surrogate pair is never cut in half");
    }

    @Test
    void anEntryNeedsAnActorAndAnAction() {
        assertThrows(IllegalArgumentException.class, () -> trail.record(new AuditEntry(" ", "x", "", "", "")));
        assertThrows(IllegalArgumentException.class, () -> trail.record(new AuditEntry("runtime", null, "", "", "")));
    }

    @Test
    void theEncodingOfTheHashKeepsFieldsApart() {
        Instant t = Instant.parse("2026-11-21T08:30:00Z");
        String ab = EntryHash.of(1, t, "ab", "c", "", "", "", EntryHash.GENESIS);
        String a = EntryHash.of(1, t, "a", "bc", "", "", "", EntryHash.GENESIS);
        assertNotEquals(ab, a);
        assertEquals(64, ab.length());
        assertEquals(ab, EntryHash.of(1, t, "ab", "c", "", "", "", EntryHash.GENESIS));
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.gateway().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
