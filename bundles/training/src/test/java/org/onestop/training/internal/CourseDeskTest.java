package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onestop.training.internal.TrainingDesk.innovator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.Refusal;

/** A trainer's edits: a course rewritten, a session moved or resized under its lock, a course cancelled with a reason. */
class CourseDeskTest {

    @TempDir
    Path folder;

    private TrainingDesk t;

    @BeforeEach
    void open() throws Exception {
        t = new TrainingDesk(folder, 24, 24);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aCourseIsRewrittenWithItsStatusKeptAndAFieldAtFaultNamed() throws Exception {
        long session = t.publishedSession(5, 0);
        long course = courseOf(session);
        Course changed = t.desk.change(course, new Course(null, "专利检索进阶", "schools", "检索策略与实务。", "王老师",
                "both", 8, null), TrainingDesk.TRAINER);
        assertEquals("published", changed.status());
        Course stored = t.catalogue.work().call(tx -> t.catalogue.course(tx, course)).orElseThrow();
        assertEquals("专利检索进阶", stored.title());
        assertEquals("专利检索进阶", stored.titleIn("en"), "no English title: English pages show the Chinese");
        t.desk.change(course, new Course(null, "专利检索进阶", "schools", "检索策略与实务。", "王老师", "both", 8, null,
                "Advanced patent searching", "Search strategies in practice."), TrainingDesk.TRAINER);
        stored = t.catalogue.work().call(tx -> t.catalogue.course(tx, course)).orElseThrow();
        assertEquals("Advanced patent searching", stored.titleIn("en"));
        assertEquals("Search strategies in practice.", stored.descriptionIn("en"));
        assertEquals("检索策略与实务。", stored.descriptionIn("zh-CN"));
        Refusal bad = assertThrows(Refusal.class, () -> t.desk.change(course, new Course(null, "", "schools", "x",
                "王老师", "both", 0, null), TrainingDesk.TRAINER));
        assertEquals(Map.of("title", "training.error.missing", "creditHours", "training.error.creditHours"),
                bad.fields());
        assertEquals("training.course.changed", t.audited().get(t.audited().size() - 1));
    }

    @Test
    void aLargerSessionOffersItsNewPlacesToTheWaitlistAndASmallerOneKeepsThePlacesHeld() throws Exception {
        long session = t.publishedSession(1, 0);
        t.waitlist.enrol(session, innovator(1));
        t.waitlist.enrol(session, innovator(2));
        t.waitlist.enrol(session, innovator(3));
        TrainingSession larger = t.desk.changeSession(session, new SessionPlan("2026-12-21", "14:00", "16:00",
                "中心二楼", 2, "", "", 0), TrainingDesk.TRAINER);
        assertEquals(List.of("1:confirmed", "2:offered", "3:waiting"), t.statuses(session));
        assertEquals(2, larger.held());
        assertEquals(TrainingDesk.at(21, 14), larger.startsAt());
        assertEquals(List.of("培训候补递补：专利检索实务"), t.noticesTo(2));

        Refusal smaller = assertThrows(Refusal.class, () -> t.desk.changeSession(session, new SessionPlan(
                "2026-12-21", "14:00", "16:00", "中心二楼", 1, "", "", 0), TrainingDesk.TRAINER));
        assertEquals(422, smaller.status());
        assertEquals(Map.of("capacity", "training.error.belowHeld"), smaller.fields());
        assertEquals(2, t.catalogue.work().call(tx -> t.catalogue.session(tx, session)).orElseThrow().capacity());
    }

    @Test
    void everyoneEnrolledIsToldTheReasonACourseWasCancelled() throws Exception {
        long session = t.publishedSession(1, 0);
        t.waitlist.enrol(session, innovator(1));
        t.waitlist.enrol(session, innovator(2));
        t.desk.cancel(courseOf(session), "讲师因公出差，课程改期另行通知。", TrainingDesk.TRAINER);
        assertEquals(List.of("1:withdrawn", "2:withdrawn"), t.statuses(session));
        assertEquals(List.of("培训已取消：专利检索实务"), t.noticesTo(2));
        List<String> told = t.noticeTextsTo(1);
        assertEquals(2, told.size(), "the ticket of the confirmed place, then the cancellation: " + told);
        assertEquals("很抱歉，“专利检索实务”（2026-12-20 09:00 开始）已取消，您的报名随之取消。取消原因：讲师因公出差，课程改期另行通知。",
                told.get(1));
        Refusal again = assertThrows(Refusal.class, () -> t.desk.changeSession(session, new SessionPlan("2026-12-21",
                "14:00", "16:00", "中心二楼", 2, "", "", 0), TrainingDesk.TRAINER));
        assertEquals("training.refused.courseCancelled", again.key());
    }

    private long courseOf(long session) throws Exception {
        return t.catalogue.work().call(tx -> t.catalogue.session(tx, session).orElseThrow().courseId());
    }
}
