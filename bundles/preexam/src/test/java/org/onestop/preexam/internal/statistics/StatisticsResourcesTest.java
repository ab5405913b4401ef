package org.onestop.preexam.internal.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.view.View;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.ModuleTexts;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The page, the spreadsheet and the JSON of the statistics: the period they read, what they answer, who may. */
class StatisticsResourcesTest {

    @TempDir
    Path folder;

    private StatisticsPages pages;
    private StatisticsApi api;

    @BeforeEach
    void resources() throws Exception {
        RequestRows db = RequestRows.in(folder);
        RequestStatisticsTest.seed(db);
        RequestStatistics statistics = new RequestStatistics(db.dataSource());
        FixedCalendar calendar = FixedCalendar.weekdays(LocalDate.of(2025, 6, 20));
        pages = new StatisticsPages(statistics, calendar, ModuleTexts.orKeys());
        api = new StatisticsApi(statistics, calendar);
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
    void thePageShowsTheLastTwelveMonthsByDefaultAndLinksTheSamePeriod() throws Exception {
        View page = pages.page(null, null);
        assertEquals("preexam/statistics", page.template());
        StatisticsReport report = (StatisticsReport) page.model().get("report");
        assertEquals("2024-07", report.from());
        assertEquals("2025-06", report.to());
        assertEquals(14, report.total().requests(), "the one of 2024-12-31 too; the one of 2025-07-01 is later");
        assertEquals("2025-06-20", page.model().get("asOf"));
        assertEquals("/preexam/statistics/requests.csv?from=2024-07&to=2025-06", page.model().get("csv"));
        assertEquals("/api/preexam/statistics?from=2024-07&to=2025-06", page.model().get("json"));
    }

    @Test
    void theSpreadsheetIsAnAttachmentNamedByItsPeriod() throws Exception {
        Response response = pages.csv("2025-01", "2025-03", Language.ZH_CN);
        assertEquals(200, response.getStatus());
        assertEquals(MediaType.valueOf("text/csv; charset=UTF-8"), response.getMediaType());
        assertEquals("attachment; filename=\"preexam-statistics-2025-01-2025-03.csv\"",
                response.getHeaderString("Content-Disposition"));
        String text = new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF专利预审统计\r\n统计期间,2025-01,2025-03\r\n"), text);
        assertTrue(text.contains("\r\n请求数,9\r\n"), text);
    }

    @Test
    void theJsonIsTheSameReport() throws Exception {
        StatisticsReport report = api.report("2025-01", "2025-06");
        assertEquals(13, report.total().requests());
        assertEquals(LocalDate.of(2025, 6, 20), report.asOf());
        assertEquals(api.report(null, "2025-06"), pages.page(null, null).model().get("report"));
    }

    @Test
    void aBadMonthIsRefusedWith400() {
        CaseRefusal refusal = assertThrows(CaseRefusal.class, () -> pages.csv("2025-1", null, Language.EN));
        assertEquals(400, refusal.status());
        assertEquals("preexam.statistics.error.month", refusal.key());
        assertEquals("\"2025-1\" is not a month: write it as yyyy-MM, e.g. 2025-03.",
                ModuleTexts.orKeys().text(Language.EN, refusal.key(), refusal.arguments()));
        assertThrows(CaseRefusal.class, () -> api.report("2025-06", "2025-01"));
        assertThrows(CaseRefusal.class, () -> pages.page("2015-01", "2025-06"));
    }
}
