package org.onestop.assistance.internal.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.view.View;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestDatabase;

import jakarta.ws.rs.core.Response;

/**
 * The statistics read from the module's table (real Derby, built by the module's scripts): which applications a
 * period holds in the centre's zone, the closing day the scripts keep, and what the page, the spreadsheet and the JSON
 * answer, to whom.
 */
class AssistanceStatisticsTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private AssistanceStatistics statistics;

    private void row(long id, String status, String venue, String region, String submittedUtc, String decided,
            String closed) throws Exception {
        db.execute("INSERT INTO APPLICATION (CASE_ID, BUSINESS_TYPE, RIGHT_TYPE, RIGHT_NUMBER, OTHER_PARTY,"
                + " OTHER_PARTY_ADDRESS, ONLINE_SHOP, VENUE, VENUE_DETAIL, FACTS, ASSISTANCE, HARDSHIP,"
                + " HARDSHIP_STATEMENT, STATUS, SUBMITTED_AT, DECIDED_ON, CLOSED_ON) VALUES (" + id
                + ", 'consultation', 'patent', '', '某公司', '', '', '" + venue + "', '" + region + "', '事实',"
                + " 'consultation', 0, '', '" + status + "', {ts '" + submittedUtc + "'}, "
                + (decided == null ? "NULL" : "{d '" + decided + "'}") + ", "
                + (closed == null ? "NULL" : "{d '" + closed + "'}") + ")");
    }

    @BeforeEach
    void database() throws Exception {
        db = TestDatabase.of(folder, "ASSISTANCE");
        // 2026-03-31 16:30 UTC is 1 April 00:30 in Shanghai: April's
        row(1, "accepted", "region", "赤峰市", "2026-03-31 16:30:00", "2026-04-02", null);
        // 2026-03-31 15:59 UTC is still 31 March in Shanghai: March's
        row(2, "submitted", "online", "", "2026-03-31 15:59:00", null, null);
        // 2026-06-30 16:00 UTC is 1 July in Shanghai: after the period
        row(3, "withdrawn", "online", "", "2026-06-30 16:00:00", null, "2026-07-02");
        row(4, "refused", "region", "=HYPERLINK(\"http://x\")", "2026-05-06 02:00:00", "2026-05-08", "2026-05-08");
        statistics = new AssistanceStatistics(db.dataSource(), ApplicationCountTest.CALENDAR,
                () -> ZoneId.of("Asia/Shanghai"), ModuleTexts.strict());
    }

    @Test
    void thePeriodIsTheCentresDaysAndTheDaysAreWorkingDays() throws Exception {
        AssistanceReport report = statistics.report("2026-04", "2026-06");
        assertEquals(2, report.total().applications(), "the first of April in Shanghai and the one of May");
        assertEquals(1, report.total().accepted());
        assertEquals(1, report.total().closed());
        assertEquals(1.0, report.total().averageDaysToAcceptance(), "Wednesday 1 April to Thursday 2 April");
        assertEquals(2.0, report.total().averageDaysToClosing(), "Wednesday 6 May to Friday 8 May");
        assertEquals(1, statistics.report("2026-03", "2026-03").total().applications());
    }

    @Test
    void anApplicationRefusedBeforeTheClosingDayWasKeptClosedOnTheDayOfTheDecision() throws Exception {
        db.close();
        Path older = folder.resolve("older");
        try (TestDatabase before = TestDatabase.upTo(older, "ASSISTANCE", 2)) {
            before.execute("INSERT INTO APPLICATION (CASE_ID, BUSINESS_TYPE, RIGHT_TYPE, RIGHT_NUMBER, OTHER_PARTY,"
                    + " OTHER_PARTY_ADDRESS, ONLINE_SHOP, VENUE, VENUE_DETAIL, FACTS, ASSISTANCE, HARDSHIP,"
                    + " HARDSHIP_STATEMENT, STATUS, SUBMITTED_AT, DECIDED_ON) VALUES (9, 'consultation', 'patent',"
                    + " '', '某公司', '', '', 'online', '', '事实', 'consultation', 0, '', 'refused',"
                    + " {ts '2026-05-06 02:00:00'}, {d '2026-05-08'})");
            before.migrate();
            assertEquals("2026-05-08", before.wallClock("SELECT CLOSED_ON FROM APPLICATION WHERE CASE_ID = 9"));
        }
        db = TestDatabase.of(folder, "ASSISTANCE");
    }

    @Test
    void onlySupervisors() {
        for (Class<?> resource : new Class<?>[] {StatisticsPages.class, StatisticsApi.class}) {
            Access access = resource.getAnnotation(Access.class);
            assertEquals(Audience.STAFF, access.value());
            assertArrayEquals(new Role[] {Role.SUPERVISOR}, access.roles());
        }
    }

    @Test
    void thePageTheSpreadsheetAndTheJsonReadTheSamePeriod() throws Exception {
        StatisticsPages pages = new StatisticsPages(statistics, ModuleTexts.strict());
        View page = pages.page(null, null);
        assertEquals("assistance/statistics", page.template());
        assertEquals("/assistance/statistics/applications.csv?from=2025-07&to=2026-06", page.model().get("csv"));
        assertEquals("/api/assistance/statistics?from=2025-07&to=2026-06", page.model().get("json"));
        assertEquals(new StatisticsApi(statistics).report(null, null), page.model().get("report"));

        Response csv = pages.csv("2026-04", "2026-06", Language.ZH_CN);
        assertEquals("attachment; filename=\"assistance-statistics-2026-04-2026-06.csv\"",
                csv.getHeaderString("Content-Disposition"));
        String text = new String((byte[]) csv.getEntity(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF维权援助统计\r\n统计期间,2026-04,2026-06\r\n"), text);
        assertTrue(text.contains("\r\n申请数,2\r\n已受理,1\r\n已结束,1\r\n平均受理用时（工作日）,1.0\r\n"), text);
        String formula = "\"'=HYPERLINK(\"\"http://x\"\")\"";
        assertTrue(text.contains("\r\n地区," + formula + "," + formula + ",1,50.0%,0,1,,2.0\r\n"),
                "a region written as a formula stays text: " + text);
        assertTrue(text.contains("\r\n结束方式,refused,不予受理,1,50.0%,0,1,,2.0\r\n"), text);
    }

    @Test
    void aBadMonthIsRefusedWith400InTheReadersWords() {
        CaseRefusal refusal = assertThrows(CaseRefusal.class, () -> statistics.report("2026-4", null));
        assertEquals(400, refusal.status());
        assertEquals("“2026-4”不是有效的月份，请按 yyyy-MM 填写，例如 2025-03。",
                ModuleTexts.strict().text(Language.ZH_CN, refusal.key(), refusal.arguments()));
        assertThrows(CaseRefusal.class, () -> statistics.report("2026-06", "2026-01"));
    }
}
