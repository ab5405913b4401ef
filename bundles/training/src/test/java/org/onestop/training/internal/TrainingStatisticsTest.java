package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.training.internal.TrainingDesk.SHANGHAI;
import static org.onestop.training.internal.TrainingDesk.TRAINER;
import static org.onestop.training.internal.TrainingDesk.at;
import static org.onestop.training.internal.TrainingDesk.innovator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.module.Refusal;
import org.onestop.training.internal.Attendance.Outcome;
import org.onestop.training.internal.Attendance.Way;
import org.onestop.training.internal.TrainingReport.Figures;
import org.onestop.training.internal.TrainingReport.Group;
import org.onestop.testing.ModuleTexts;

/**
 * The figures a supervisor checks by hand, on a real Derby and a test clock: places, enrolments, the waitlist, the
 * fill rate, check-ins, no-shows, the attendance rate and credit hours, by course, audience and the centre's month.
 */
class TrainingStatisticsTest {

    @TempDir
    Path folder;

    private TrainingDesk t;
    private TrainingStatistics statistics;

    @BeforeEach
    void open() throws Exception {
        // offers last until the start (30 days), so that the freed places stay offered and the waitlist stays put
        t = new TrainingDesk(folder, 24 * 30, 24);
        statistics = new TrainingStatistics(t.catalogue, () -> SHANGHAI, ModuleTexts.strict(), t.clock);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aSessionOfTenWithEightConfirmedSixCheckedInAndThreeWaiting() throws Exception {
        long session = t.publishedSession(10, 0);
        List<Enrolment> enrolled = new java.util.ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            enrolled.add(t.waitlist.enrol(session, innovator(i)));
        }
        t.waitlist.cancel(enrolled.get(0).id(), innovator(1));
        t.waitlist.cancel(enrolled.get(1).id(), innovator(2));
        t.waitlist.enrol(session, innovator(14));
        t.waitlist.enrol(session, innovator(15));
        assertEquals(List.of("1:cancelled", "2:cancelled", "3:confirmed", "4:confirmed", "5:confirmed",
                "6:confirmed", "7:confirmed", "8:confirmed", "9:confirmed", "10:confirmed", "11:offered", "12:offered",
                "13:waiting", "14:waiting", "15:waiting"), t.statuses(session));

        Figures before = statistics.report(null, null).total();
        assertEquals(new Figures(1, 0, 10, 15, 8, 3, 0.8, 0, 0, null, 0), before,
                "before the session: 8 of 10 places confirmed, 3 waiting, nothing to attend yet");

        t.clock.set(at(20, 8));
        for (int i = 3; i <= 8; i++) {
            assertEquals(Outcome.CHECKED_IN, t.attendance.checkIn(session, enrolled.get(i - 1).id(), Way.DESK,
                    TRAINER).outcome());
        }
        t.clock.set(at(20, 10));
        assertEquals(0, statistics.report(null, null).total().noShows(), "nobody is a no-show while it runs");

        t.clock.set(at(20, 12));
        TrainingReport report = statistics.report(null, null);
        Figures total = report.total();
        assertEquals(new Figures(1, 1, 10, 15, 8, 3, 0.8, 6, 2, 0.75, 36), total,
                "fill 80 %, 6 checked in, 2 no-shows, attendance 75 %, 6 × 6 credit hours");

        assertEquals(List.of(total), report.byCourse().stream().map(Group::figures).toList());
        assertEquals("专利检索实务", report.byCourse().get(0).label().in(Language.ZH_CN));
        assertEquals("专利检索实务", report.byCourse().get(0).label().in(Language.EN),
                "a course without an English title: its Chinese one on the English page");
        long course = t.catalogue.work().call(tx -> t.catalogue.session(tx, session)).orElseThrow().courseId();
        t.desk.change(course, new Course(null, "专利检索实务", "enterprises", "专利信息检索的方法与工具。", "李老师", "on-site",
                6, null, "Patent searching in practice", ""), TrainingDesk.TRAINER);
        assertEquals("Patent searching in practice", statistics.report(null, null).byCourse().get(0).label()
                .in(Language.EN));
        assertEquals(List.of("enterprises", "schools", "examiners", "public"), report.byAudience().stream()
                .map(Group::key).toList());
        assertEquals(total, report.byAudience().get(0).figures());
        assertEquals("企业", report.byAudience().get(0).label().in(Language.ZH_CN), "the audience in words");
        Figures schools = report.byAudience().get(1).figures();
        assertEquals(0, schools.sessions());
        assertNull(schools.fillRate(), "no places: no rate");
        assertNull(schools.attendanceRate());
        assertEquals("2026-03", report.from(), "by default the twelve months up to two months ahead");
        assertEquals("2027-02", report.to());
        assertEquals(12, report.byMonth().size());
        assertEquals(total, report.byMonth().stream().filter(g -> g.key().equals("2026-12")).findFirst()
                .orElseThrow().figures());
        assertEquals("2026年12月", report.byMonth().get(9).label().in(Language.ZH_CN));
    }

    @Test
    void sessionsCountInTheCentresMonthOfTheirStartAndCancelledCoursesAreLeftOut() throws Exception {
        long newYear = session("元旦前夜的培训", "public", "2027-01-01", "07:00", 20);
        session("十二月的培训", "schools", "2026-12-31", "09:00", 30);
        long cancelled = session("已取消的课程", "examiners", "2026-12-15", "09:00", 50);
        t.waitlist.enrol(newYear, innovator(1));
        t.desk.cancel(courseOf(cancelled), TRAINER);

        TrainingReport december = statistics.report("2026-12", "2026-12");
        assertEquals(1, december.total().sessions(), "07:00 on 1 January in Shanghai is still 31 December in UTC");
        assertEquals(30, december.total().capacity());
        assertEquals(List.of("schools"), december.byAudience().stream().filter(g -> g.figures().sessions() > 0)
                .map(Group::key).toList());
        TrainingReport january = statistics.report("2027-01", "2027-01");
        assertEquals(new Figures(1, 0, 20, 1, 1, 0, 0.05, 0, 0, null, 0), january.total());
        assertEquals("元旦前夜的培训", january.byCourse().get(0).label().in(Language.EN));
        assertEquals(2, statistics.report("2026-11", "2027-03").byCourse().size(), "the cancelled course is not there");
    }

    @Test
    void aMonthThatCannotBeReadIsRefusedInTheReadersWords() {
        Refusal month = assertThrows(Refusal.class, () -> statistics.report("2026-13", null));
        assertEquals(400, month.status());
        assertEquals("“2026-13”不是有效的月份，请按 yyyy-MM 填写，例如 2026-03。",
                ModuleTexts.strict().text(Language.ZH_CN, month.key(), month.arguments()));
        Refusal order = assertThrows(Refusal.class, () -> statistics.report("2027-02", "2026-12"));
        assertEquals("training.statistics.error.order", order.key());
        assertEquals("training.statistics.error.span", assertThrows(Refusal.class,
                () -> statistics.report("2000-01", "2026-12")).key());
    }

    @Test
    void theSpreadsheetHasTheFiguresInTheReadersLanguage() throws Exception {
        long session = t.publishedSession(4, 0);
        t.waitlist.enrol(session, innovator(1));
        t.waitlist.enrol(session, innovator(2));
        t.waitlist.enrol(session, innovator(3));
        String csv = new String(StatisticsCsv.write(statistics.report("2026-12", "2026-12"), ModuleTexts.orKeys(),
                Language.ZH_CN, SHANGHAI), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF培训统计"), csv);
        assertTrue(csv.contains("统计时间（") && csv.contains("）,2026-12-01 09:00\r\n"), "read at, Shanghai: " + csv);
        assertTrue(csv.contains("满员率,75.0%"), csv);
        assertTrue(csv.contains("课程," + courseOf(session) + ",专利检索实务,1,0,4,3,3,0,75.0%,0,0,,0"), csv);
        assertTrue(csv.contains("开课月份,2026-12,2026年12月,1,0,4,3,3,0,75.0%,0,0,,0"), csv);
    }

    private long session(String title, String audience, String day, String start, int capacity) throws Exception {
        Course course = t.desk.create(new Course(null, title, audience, "课程简介。", "王老师", "on-site", 3, null),
                TRAINER);
        long id = t.desk.addSession(course.id(), new SessionPlan(day, start, LocalDateTime.parse(day + "T" + start)
                .plusHours(2).toLocalTime().toString(), "呼和浩特", capacity, "", "", 0), TRAINER).id();
        t.desk.publish(course.id(), TRAINER);
        return id;
    }

    private long courseOf(long session) throws Exception {
        return t.catalogue.work().call(tx -> t.catalogue.session(tx, session).orElseThrow().courseId());
    }
}
