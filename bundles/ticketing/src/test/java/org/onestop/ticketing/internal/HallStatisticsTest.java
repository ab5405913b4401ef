package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.i18n.Language;
import org.onestop.platform.internal.identity.PeopleDirectory;
import org.onestop.testing.ModuleTexts;
import org.onestop.ticketing.internal.HallReport.Figures;
import org.onestop.ticketing.internal.HallReport.Group;

class HallStatisticsTest {

    @TempDir
    Path folder;
    HallDesk desk;
    HallSteps steps;
    HallStatistics statistics;

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
        steps = new HallSteps(desk);
        statistics = new HallStatistics(desk.hall, desk.hours, new PeopleDirectory(), ModuleTexts.orKeys());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /**
     * Tuesday 2026-12-01 from 09:00: A001 waits 10 min and is served 15 min, A002 waits 30 and is served 5 (both at
     * counter 1 by clerk 101); F001 waits 40 and does not come (counter 2, clerk 102); B001, taken at 10:00, is
     * cancelled; D001, taken at 10:00, waits 20 and is transferred to pledge registration (counter 4, clerk 102).
     */
    private void aMorning() throws Exception {
        Ticket a1 = desk.walkIn("preexam");
        Ticket a2 = desk.walkIn("preexam");
        Ticket f1 = desk.walkIn("enquiry");
        at("09:10");
        a1 = steps.call(a1, 1, 101);
        at("09:12");
        a1 = steps.serve(a1);
        at("09:27");
        steps.finish(a1);
        at("09:30");
        a2 = steps.serve(steps.call(a2, 1, 101));
        at("09:35");
        steps.finish(a2);
        at("09:40");
        steps.noShow(steps.call(f1, 2, 102));
        at("10:00");
        Ticket b1 = desk.walkIn("assistance");
        Ticket d1 = desk.walkIn("trademark");
        at("10:05");
        steps.cancel(b1);
        at("10:20");
        steps.transfer(steps.call(d1, 4, 102), "pledge");
    }

    private void at(String time) {
        desk.clock.set(HallDesk.TODAY.atTime(java.time.LocalTime.parse(time)).atZone(HallDesk.SHANGHAI).toInstant());
    }

    @Test
    void countsWaitsAndServiceTimesWithTheirMedianAndNinetiethPercentile() throws Exception {
        aMorning();
        HallReport report = statistics.report(null, null);
        assertEquals("2026-01", report.from());
        assertEquals("2026-12", report.to());
        Figures total = report.total();
        assertEquals(List.of(5L, 2L, 1L, 1L, 1L), List.of(total.tickets(), total.served(), total.noShows(),
                total.cancelled(), total.transferred()));
        assertEquals(new HallReport.Minutes(4, 25.0, 25.0, 40.0), total.waits(), "waits 10, 30, 40, 20");
        assertEquals(new HallReport.Minutes(2, 10.0, 10.0, 15.0), total.service(), "served 15 and 5");

        assertEquals(List.of("preexam 2", "assistance 1", "cnipa 0", "trademark 0", "pledge 1", "enquiry 1"),
                tickets(report.byService()));
        Figures preexam = report.byService().get(0).figures();
        assertEquals(new HallReport.Minutes(2, 20.0, 20.0, 30.0), preexam.waits());
        assertEquals("A 专利预审咨询", report.byService().get(0).label().zh());
        assertEquals(1, report.byService().get(4).figures().transferred(), "counted for its last service");
        assertEquals(new HallReport.Minutes(0, null, null, null), report.byService().get(1).figures().waits());

        assertEquals(List.of("1 2", "2 1", "3 0", "4 1"), tickets(report.byCounter()));
        assertEquals(List.of("101 2", "102 2"), tickets(report.byClerk()));
        assertEquals("工作人员 101", report.byClerk().get(0).label().zh());
        assertEquals(List.of("09 3", "10 2"), tickets(report.byHour()));
        assertEquals("09:00–10:00", report.byHour().get(0).label().zh());
        assertEquals(new HallReport.Minutes(2, 30.0, 30.0, 40.0), report.byClerk().get(1).figures().waits());
    }

    @Test
    void countsTheAppointmentsAndTheNumbersOfThePeriodOnly() throws Exception {
        long preexam = desk.service("preexam").id();
        long pledge = desk.service("pledge").id();
        int key = 0;
        for (String status : List.of("booked", "checked_in", "checked_in", "missed", "cancelled", "rebooked")) {
            appointment(preexam, HallDesk.TODAY, status, key++);
        }
        appointment(pledge, HallDesk.TODAY.plusDays(3), "missed", key++);
        appointment(pledge, LocalDate.of(2025, 12, 31), "checked_in", key++);
        desk.hall.work().call(tx -> desk.numbers.take(tx, new Numbers.Taking(preexam, LocalDate.of(2025, 12, 31),
                Ticket.Channel.ONLINE, 1L, null, 0, desk.clock.instant()), desk.clock.instant()));
        desk.walkIn("preexam");

        HallReport report = statistics.report("2026-12", "2026-12");
        assertEquals(new HallReport.Appointments(7, 2, 2, 1, 1), report.appointments());
        assertEquals(new HallReport.Appointments(6, 2, 1, 1, 1), report.appointmentsByService().get(0).appointments());
        assertEquals(new HallReport.Appointments(1, 0, 1, 0, 0), report.appointmentsByService().get(4).appointments());
        assertEquals(1, report.total().tickets());
        assertNull(report.total().waits().average(), "not called yet");
        assertEquals(1, statistics.report("2025-12", "2025-12").total().tickets());
    }

    @Test
    void aMonthThatCannotBeReadIsRefusedInTheReadersWords() {
        CaseRefusal refused = assertThrows(CaseRefusal.class, () -> statistics.report("2026-13", null));
        assertEquals(400, refused.status());
        assertEquals("“2026-13”不是有效的月份，请按 年-月 填写，如 2026-03。", ModuleTexts.strict().text(Language.ZH_CN,
                refused.key(), refused.arguments()));
        assertEquals(400, assertThrows(CaseRefusal.class, () -> statistics.report("2026-12", "2026-01")).status());
    }

    @Test
    void theSpreadsheetHoldsTheFiguresInTheReadersLanguage() throws Exception {
        aMorning();
        String csv = new String(StatisticsCsv.write(statistics.report("2026-12", "2026-12"), ModuleTexts.orKeys(),
                Language.ZH_CN, HallDesk.SHANGHAI), StandardCharsets.UTF_8);
        assertTrue(csv.contains("统计期间,2026-12,2026-12"), csv);
        assertTrue(csv.contains("\n平均等候（分钟）,25.0"), csv);
        assertTrue(csv.contains("\n90% 等候不超过（分钟）,40.0"), csv);
        assertTrue(csv.contains("\n业务,preexam,A 专利预审咨询,2,2,0,0,0,20.0,20.0,30.0,10.0,10.0,15.0"), csv);
        assertTrue(csv.contains("\n时段,10,10:00–11:00,2,0,0,1,1,20.0,20.0,20.0,,,"), csv);
        String english = new String(StatisticsCsv.write(statistics.report("2026-12", "2026-12"),
                ModuleTexts.orKeys(), Language.EN, HallDesk.SHANGHAI), StandardCharsets.UTF_8);
        assertTrue(english.contains("\nService,preexam,A Patent pre-examination consultation,2,2,"), english);
    }

    private void appointment(long service, LocalDate day, String status, int key) throws Exception {
        String start = day + " 02:00:00";
        desk.db.execute("INSERT INTO TICKETING.APPOINTMENT (SERVICE_ID, DAY, SLOT_START, SLOT_END, ACCOUNT_ID,"
                + " ACCESS_KEY, STATUS, BOOKED_AT, CHANGED_AT) VALUES (" + service + ", {d '" + day + "'},"
                + " {ts '" + start + "'}, {ts '" + day + " 02:30:00'}, 1, 'k" + key + "', '" + status
                + "', {ts '" + start + "'}, {ts '" + start + "'})");
    }

    private static List<String> tickets(List<Group> groups) {
        return groups.stream().map(g -> g.key() + " " + g.figures().tickets()).toList();
    }
}
