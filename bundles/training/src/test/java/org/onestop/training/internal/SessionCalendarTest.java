package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The iCalendar file of a session, as RFC 5545 writes it. */
class SessionCalendarTest {

    private static final Course COURSE = new Course(1L, "专利检索, 实务; 入门", "enterprises", "检索。", "李老师", "on-site",
            6, "published");

    @Test
    void aSessionIsOneEventInUtcWithItsTextEscapedAndCrlfLineEnds() {
        TrainingSession session = new TrainingSession(7L, 1, Instant.parse("2026-12-20T01:00:00Z"),
                Instant.parse("2026-12-20T03:30:00Z"), "呼和浩特市赛罕区, 中心三楼; 培训室", 30, 1,
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-20T01:00:00Z"), 0);

        String ics = SessionCalendar.of(COURSE, session, 42, "https://hall.example.cn",
                Instant.parse("2026-12-03T04:05:06.789Z"));

        assertEquals(String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OneStop//Training//ZH",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:training-session-7@hall.example.cn",
                "DTSTAMP:20261203T040506Z", "DTSTART:20261220T010000Z", "DTEND:20261220T033000Z",
                "SUMMARY:专利检索\\, 实务\\; 入门", "LOCATION:呼和浩特市赛罕区\\, 中心三楼\\; 培训室",
                "DESCRIPTION:李老师\\nhttps://hall.example.cn/training/enrolments/42/ticket",
                "URL:https://hall.example.cn/training/enrolments/42/ticket", "END:VEVENT", "END:VCALENDAR") + "\r\n",
                ics.replace("\r\n ", ""), "unfolded");
    }

    @Test
    void aLongLineIsFoldedAt75OctetsNeverInsideACharacterAndAnOnlineSessionLinksItsJoinPath() {
        Course longTitle = new Course(1L, "知识产权".repeat(12) + "（线上）", "public", "线上。", "王老师", "online", 2,
                "published");
        TrainingSession online = new TrainingSession(8L, 1, Instant.parse("2026-12-21T06:00:00Z"),
                Instant.parse("2026-12-21T08:00:00Z"), "https://meeting.example.cn/j/123", 100, 0,
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-21T06:00:00Z"), 0);

        String ics = SessionCalendar.of(longTitle, online, 43, "http://127.0.0.1:8080", Instant.parse(
                "2026-12-03T00:00:00Z"));

        assertTrue(ics.endsWith("\r\n") && !ics.replace("\r\n", "").contains("\n"), "CRLF only");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nSUMMARY:" + "知识产权".repeat(12) + "（线上）\r\n"), unfolded);
        assertTrue(ics.contains("\r\n SUMMARY") == false && ics.contains("\r\n "), "the summary was folded");
        assertTrue(unfolded.contains("\r\nLOCATION:线上\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nURL:http://127.0.0.1:8080/training/enrolments/43/join\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nUID:training-session-8@127.0.0.1\r\n"), unfolded);
    }
}
