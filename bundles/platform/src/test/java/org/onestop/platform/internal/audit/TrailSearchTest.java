package org.onestop.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.audit.AuditEntry;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Paging;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/** Operators' queries: filters by actor, action prefix and time, paging newest first, and refusals of bad input. */
class TrailSearchTest {

    /** Texts that show the key and the arguments, to see which message was chosen. */
    static final Messages MESSAGES = (language, key, arguments) -> language.tag() + ":" + key
            + Arrays.toString(arguments);

    @TempDir
    Path folder;

    private TestDatabase database;
    private TrailSearch search;

    @BeforeEach
    void recordADayAndAHalf() throws Exception {
        database = TestDatabase.of(folder, "PLATFORM");
        search = new TrailSearch(database.gateway());
        TestClock clock = new TestClock(Instant.parse("2026-11-20T12:00:00Z"));
        ChainedAuditTrail trail = new ChainedAuditTrail(database.gateway(), clock);
        String[][] entries = {{"account:1", "login.succeeded"}, {"account:2", "login.failed"},
            {"runtime", "bundle.installed"}, {"account:1", "case.moved"}, {"account:1", "login_x.odd"},
            {"runtime", "config.updated"}};
        for (String[] e : entries) {
            trail.record(new AuditEntry(e[0], e[1], "", "", ""));
            clock.advance(Duration.ofHours(6));
        }
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private List<Long> sequences(String actor, String action, String from, String to) throws Exception {
        AuditQuery query = AuditQuery.parse(actor, action, from, to, new Paging(1, 50), MESSAGES, Language.EN);
        return search.find(query).items().stream().map(RecordedEntry::sequence).toList();
    }

    @Test
    void filtersByActorActionPrefixAndDay() throws Exception {
        assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), sequences(null, null, null, null));
        assertEquals(List.of(5L, 4L, 1L), sequences("account:1", "", null, null));
        assertEquals(List.of(2L, 1L), sequences(null, "login.", null, null));
        assertEquals(List.of(5L), sequences(null, "login_", null, null), "_ is no wildcard");
        assertEquals(List.of(2L, 1L), sequences(null, null, null, "2026-11-20"), "to includes that whole day");
        assertEquals(List.of(6L, 5L, 4L, 3L), sequences(null, null, "2026-11-21", null));
        assertEquals(List.of(3L), sequences(null, null, "2026-11-21T00:00", "2026-11-21T00:00:00Z"));
        assertEquals(List.of(3L), sequences(null, null, "2026-11-21T08:00+08:00", "2026-11-21T05:59"));
    }

    @Test
    void thePageReadsDatesAndTimesInTheCentresZone() throws Exception {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        // the entries were recorded at 20 Nov 20:00, 21 Nov 02:00, 08:00, 14:00, 20:00 and 22 Nov 02:00 Beijing time
        assertEquals(List.of(1L), page(null, "2026-11-20", beijing), "20 Nov ends at 16:00 UTC");
        assertEquals(List.of(5L, 4L, 3L, 2L), page("2026-11-21", "2026-11-21", beijing));
        assertEquals(List.of(4L, 3L), page("2026-11-21T08:00", "2026-11-21T14:00", beijing));
        assertEquals(List.of(2L, 1L), page(null, "2026-11-20", ZoneOffset.UTC), "the API's dates stay UTC");
    }

    private List<Long> page(String from, String to, ZoneId zone) throws Exception {
        AuditQuery query = AuditQuery.parse(null, null, from, to, new Paging(1, 50), zone, MESSAGES, Language.EN);
        return search.find(query).items().stream().map(RecordedEntry::sequence).toList();
    }

    @Test
    void pagesComeNewestFirstWithTheTotal() throws Exception {
        AuditPage second = search.find(new AuditQuery(null, null, null, null, new Paging(2, 4)));

        assertEquals(6, second.total());
        assertEquals(2, second.pages());
        assertEquals(List.of(2L, 1L), second.items().stream().map(RecordedEntry::sequence).toList());
    }

    @Test
    void badTimesAndPagesAreRefusedInTheCallersLanguage() {
        BadInput time = assertThrows(BadInput.class, () -> AuditQuery.parse(null, null, "yesterday", null,
                new Paging(1, 10), MESSAGES, Language.EN));
        BadInput range = assertThrows(BadInput.class, () -> AuditQuery.parse(null, null, "2026-11-22", "2026-11-21",
                new Paging(1, 10), MESSAGES, Language.ZH_CN));
        BadInput page = assertThrows(BadInput.class, () -> BadInput.paging("0", null, 50, MESSAGES, Language.EN));
        BadInput size = assertThrows(BadInput.class, () -> BadInput.paging("1", "x", 50, MESSAGES, Language.EN));

        assertEquals("en:ops.error.time[en:ops.filter.from[], yesterday]", time.getMessage());
        assertEquals("zh-CN:ops.error.range[]", range.getMessage());
        assertEquals("en:error.paging.number[en:error.paging.page[], 1000000]", page.getMessage());
        assertTrue(size.getMessage().startsWith("en:error.paging.number[en:error.paging.size[]"));
    }

    @Test
    void blankFiltersMeanNoFilter() throws Exception {
        AuditQuery query = AuditQuery.parse(" ", "", null, "  ", new Paging(1, 10), MESSAGES, Language.EN);

        assertNull(query.actor());
        assertNull(query.actionPrefix());
        assertNull(query.until());
    }
}
