package org.onestop.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.onestop.api.module.Paging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/** Refused requests in the real audit trail on Derby: recorded with who, where and why, but never a flood. */
class RefusalRecordsTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private TestClock clock;
    private RefusalRecords records;
    private TrailSearch search;

    @BeforeEach
    void openDatabase() throws Exception {
        database = TestDatabase.of(folder, "PLATFORM");
        clock = new TestClock(Instant.parse("2026-11-21T08:30:00Z"));
        records = new RefusalRecords(new ChainedAuditTrail(database.gateway(), clock), clock);
        search = new TrailSearch(database.gateway());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aRefusalIsRecordedWithActorClientRouteAndReason() throws Exception {
        records.refused("203.0.113.7", () -> "account:12", "POST /api/ops/accounts", "403 error.403.detail");

        RecordedEntry entry = entries("access.refused").get(0);
        assertEquals("account:12", entry.actor());
        assertEquals("route:POST /api/ops/accounts", entry.target());
        assertEquals("203.0.113.7", entry.clientAddress());
        assertEquals("403 error.403.detail", entry.detail());
    }

    @Test
    void aClientInALoopGetsTenEntriesAMinuteAndThenOneThatCountsTheRest() throws Exception {
        for (int i = 0; i < 250; i++) {
            records.refused("198.51.100.1", () -> "anonymous", "POST /account", "403 error.csrf.token");
        }
        records.refused("198.51.100.2", () -> "anonymous", "GET /api/ops/audit", "401 error.401.detail");
        assertEquals(11, entries("access.refused").size(), "ten of the looping client, one of the other");

        records.summarise();
        assertEquals(List.of(), entries("access.refused.suppressed"), "the minute has not ended");
        clock.advance(Duration.ofSeconds(61));
        records.summarise();
        records.summarise();
        List<RecordedEntry> summaries = entries("access.refused.suppressed");
        assertEquals(1, summaries.size(), "one summary, once");
        assertEquals("client:198.51.100.1", summaries.get(0).target());
        assertTrue(summaries.get(0).detail().startsWith("240 more refusals from 2026-11-21T08:30:00Z"),
                summaries.get(0).detail());

        records.refused("198.51.100.1", () -> "anonymous", "POST /account", "403 error.csrf.token");
        assertEquals(12, entries("access.refused").size(), "a new minute, a new budget");
    }

    @Test
    void manyClientsTogetherAreCappedToo() throws Exception {
        for (int i = 0; i < RefusalRecords.OVERALL + 20; i++) {
            records.refused("10.0." + (i / 200) + "." + (i % 200), () -> "anonymous", "GET /ops", "403 x");
        }
        assertEquals(RefusalRecords.OVERALL, entries("access.refused").size());
        clock.advance(Duration.ofMinutes(1));
        records.summarise();
        RecordedEntry summary = entries("access.refused.suppressed").get(0);
        assertEquals("clients:all", summary.target());
        assertTrue(summary.detail().startsWith("20 more refusals of all clients"), summary.detail());
    }

    private List<RecordedEntry> entries(String action) throws Exception {
        return search.find(new AuditQuery(null, action, null, null, new Paging(1, 500))).items().stream()
                .filter(e -> e.action().equals(action)).toList();
    }
}
