package org.onestop.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onestop.api.audit.AuditEntry;
import org.onestop.api.module.Paging;
import org.onestop.platform.internal.audit.Verification.Problem;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/** Tampering with the stored trail by SQL, as someone with access to the database could, and what the walk says. */
class ChainCheckTest {

    private static final int ENTRIES = 6;

    @TempDir
    Path folder;

    private TestDatabase database;
    private ChainCheck check;

    @BeforeEach
    void recordSixEntries() throws Exception {
        database = TestDatabase.of(folder, "PLATFORM");
        check = new ChainCheck(database.gateway());
        TestClock clock = new TestClock(Instant.parse("2026-11-21T08:30:00Z"));
        ChainedAuditTrail trail = new ChainedAuditTrail(database.gateway(), clock);
        for (int i = 1; i <= ENTRIES; i++) {
            trail.record(new AuditEntry("account:" + i, "case.moved", "case:" + i, "192.0.2." + i, "step " + i));
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Verification.intact(ENTRIES), check.verify());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RECORDED_AT = {ts '2026-01-01 00:00:00'}", "ACTOR = 'account:99'",
        "ACTION = 'case.deleted'", "TARGET = 'case:99'", "CLIENT_ADDRESS = '198.51.100.1'", "DETAIL = 'nothing'",
        "PREVIOUS_HASH = '" + "ab" + "'", "ENTRY_HASH = 'cafe'"})
    void changingAnyFieldOfAnEntryNamesExactlyThatEntry(String change) throws Exception {
        String assignment = change.replace("'ab'", "'" + "a".repeat(64) + "'").replace("'cafe'",
                "'" + "c".repeat(64) + "'");
        assertEquals(1, database.execute("UPDATE PLATFORM.AUDIT_ENTRY SET " + assignment + " WHERE SEQ = 3"));

        assertEquals(Verification.broken(2, 3, Problem.ALTERED, null), check.verify());
    }

    @Test
    void changingTheLastEntryNamesIt() throws Exception {
        database.execute("UPDATE PLATFORM.AUDIT_ENTRY SET DETAIL = 'x' WHERE SEQ = " + ENTRIES);

        assertEquals(Verification.broken(ENTRIES - 1, ENTRIES, Problem.ALTERED, null), check.verify());
    }

    @Test
    void renumberingAnEntryShowsItsNumberMissing() throws Exception {
        database.execute("UPDATE PLATFORM.AUDIT_ENTRY SET SEQ = 500 WHERE SEQ = 3");

        assertEquals(Verification.broken(2, 3, Problem.MISSING, 2L), check.verify());
    }

    @Test
    void deletingAnEntryInTheMiddleIsFound() throws Exception {
        database.execute("DELETE FROM PLATFORM.AUDIT_ENTRY WHERE SEQ = 4");

        assertEquals(Verification.broken(3, 4, Problem.MISSING, 3L), check.verify());
    }

    @Test
    void deletingTheLastEntryIsFound() throws Exception {
        database.execute("DELETE FROM PLATFORM.AUDIT_ENTRY WHERE SEQ = " + ENTRIES);

        assertEquals(Verification.broken(ENTRIES - 1, ENTRIES, Problem.MISSING, ENTRIES - 1L), check.verify());
    }

    @Test
    void deletingEveryEntryIsFound() throws Exception {
        database.execute("DELETE FROM PLATFORM.AUDIT_ENTRY");

        assertEquals(Verification.broken(0, 1, Problem.MISSING, 0L), check.verify());
    }

    @Test
    void rewritingAnEntryWithAFreshHashBreaksTheLinkOfTheNext() throws Exception {
        rewrite(3, "account:99");

        assertEquals(Verification.broken(3, 4, Problem.OUT_OF_ORDER, 3L), check.verify());
    }

    @Test
    void replacingTheLastEntryWithAFreshHashDisagreesWithTheHead() throws Exception {
        rewrite(ENTRIES, "account:99");

        assertEquals(Verification.broken(ENTRIES - 1, ENTRIES, Problem.HEAD_MISMATCH, null), check.verify());
    }

    @Test
    void anEntryInsertedBehindTheTrailsBackIsFound() throws Exception {
        database.execute("INSERT INTO PLATFORM.AUDIT_ENTRY SELECT SEQ + 10, RECORDED_AT, ACTOR, ACTION, TARGET,"
                + " CLIENT_ADDRESS, DETAIL, PREVIOUS_HASH, ENTRY_HASH FROM PLATFORM.AUDIT_ENTRY WHERE SEQ = 1");

        assertEquals(Verification.broken(ENTRIES, 11, Problem.STRAY, (long) ENTRIES), check.verify());
    }

    @Test
    void aMissingHeadIsReported() throws Exception {
        database.execute("DELETE FROM PLATFORM.AUDIT_HEAD");

        Verification verification = check.verify();

        assertFalse(verification.intact());
        assertEquals(Problem.HEAD_MISSING, verification.problem());
    }

    /** Replaces an entry's actor and gives it the hash that matches, as someone who knows the scheme would. */
    private void rewrite(long sequence, String actor) throws Exception {
        RecordedEntry old = new TrailSearch(database.gateway())
                .find(new AuditQuery(null, null, null, null, new Paging(1, 100))).items().stream()
                .filter(e -> e.sequence() == sequence).findFirst().orElseThrow();
        String hash = EntryHash.of(sequence, old.time(), actor, old.action(), old.target(), old.clientAddress(),
                old.detail(), old.previousHash());
        try (Connection connection = database.gateway().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE PLATFORM.AUDIT_ENTRY SET ACTOR = ?, ENTRY_HASH = ? WHERE SEQ = ?")) {
            update.setString(1, actor);
            update.setString(2, hash);
            update.setLong(3, sequence);
            assertEquals(1, update.executeUpdate());
        }
    }
}
