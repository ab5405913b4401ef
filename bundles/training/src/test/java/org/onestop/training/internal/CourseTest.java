package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a trainer must write for a course and a session to be stored, and how typed times are read. */
class CourseTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = LocalDateTime.of(2026, 12, 1, 9, 0).atZone(SHANGHAI).toInstant();

    @Test
    void eachFieldOfACourseAtFaultIsNamed() {
        assertEquals(Map.of(), new Course(null, " 专利检索实务 ", "schools", "检索方法", "李老师", "both", 6, null)
                .problems());
        assertEquals(Map.of("title", "training.error.missing", "audience", "training.error.audience",
                "description", "training.error.tooLong", "trainer", "training.error.missing", "format",
                "training.error.format", "creditHours", "training.error.creditHours"),
                new Course(null, " ", "students", "字".repeat(4001), null, "video", 0, null).problems());
    }

    @Test
    void aSessionIsTypedInTheCentresZoneAndStoredInUtc() {
        SessionPlan plan = new SessionPlan("2026-12-20", "09:00", "11:30", "https://meeting.example.cn/123", 30,
                "2026-12-05", "2026-12-18", null);
        assertEquals(Map.of(), plan.problems(SHANGHAI, NOW));
        TrainingSession session = plan.session(7, SHANGHAI, NOW);
        assertEquals(Instant.parse("2026-12-20T01:00:00Z"), session.startsAt());
        assertEquals(Instant.parse("2026-12-20T03:30:00Z"), session.endsAt());
        assertEquals(Instant.parse("2026-12-04T16:00:00Z"), session.enrolOpens(), "from the first day's midnight");
        assertEquals(Instant.parse("2026-12-18T16:00:00Z"), session.enrolCloses(), "to the last day's end");
        assertEquals(0, session.orgLimit());
        assertEquals(true, session.online());
        SessionPlan open = new SessionPlan("2026-12-20", "09:00", "11:30", "中心三楼", 30, "", "", 3);
        assertEquals(NOW, open.session(7, SHANGHAI, NOW).enrolOpens(), "blank: open from now");
        assertEquals(Instant.parse("2026-12-20T01:00:00Z"), open.session(7, SHANGHAI, NOW).enrolCloses());
    }

    @Test
    void eachFieldOfASessionAtFaultIsNamed() {
        assertEquals(Map.of("date", "training.error.date", "start", "training.error.time", "place",
                "training.error.missing", "capacity", "training.error.capacity", "orgLimit",
                "training.error.orgLimit", "enrolOpens", "training.error.date"),
                new SessionPlan("12/20", "9点", "11:30", " ", 0, "soon", "", -1).problems(SHANGHAI, NOW));
        assertEquals(Map.of("end", "training.error.endBeforeStart", "enrolCloses", "training.error.window"),
                new SessionPlan("2026-12-20", "09:00", "08:30", "中心", 5, "2026-12-10", "2026-12-21", 0)
                        .problems(SHANGHAI, NOW));
        assertEquals(Map.of("date", "training.error.past"),
                new SessionPlan("2026-12-01", "08:00", "10:00", "中心", 5, "", "", 0).problems(SHANGHAI, NOW));
    }
}
