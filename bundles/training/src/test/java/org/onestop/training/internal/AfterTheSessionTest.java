package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.training.internal.TrainingDesk.TRAINER;
import static org.onestop.training.internal.TrainingDesk.at;
import static org.onestop.training.internal.TrainingDesk.innovator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.csv.CsvReader;
import org.onestop.api.csv.CsvRow;
import org.onestop.api.i18n.Language;
import org.onestop.training.internal.Attendance.Outcome;
import org.onestop.training.internal.Attendance.Way;

/**
 * After the session: the attendance list with its no-shows (JSON and CSV), certificates of attendance issued once the
 * session has ended (their PDF read back, their number verified), each person's record with credit hours per course
 * and in all, and the reminder the day before, sent once per confirmed place.
 */
class AfterTheSessionTest {

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
    void theListSaysWhoCameWhoDidNotAndWhoMayStillComeAndDownloadsAsCsv() throws Exception {
        long session = t.publishedSession(3, 0);
        Enrolment first = t.waitlist.enrol(session, innovator(1));
        Enrolment second = t.waitlist.enrol(session, innovator(2));
        Enrolment third = t.waitlist.enrol(session, innovator(3));
        Enrolment fourth = t.waitlist.enrol(session, innovator(4));
        t.waitlist.cancel(third.id(), innovator(3));
        t.waitlist.confirm(fourth.id(), innovator(4));
        Enrolment fifth = t.waitlist.enrol(session, innovator(5));
        assertEquals("waiting", fifth.status());

        t.clock.set(at(20, 9).plus(Duration.ofMinutes(30)));
        assertEquals(Outcome.CHECKED_IN, t.attendance.checkIn(session, first.id(), Way.DESK, TRAINER).outcome());
        assertEquals(Outcome.CHECKED_IN, t.attendance.checkIn(session, second.id(), Way.DOOR, TRAINER).outcome());
        AttendanceList.Sheet during = t.attendanceList.of(session);
        assertEquals(List.of("1:attended", "2:attended", "4:expected"), rows(during),
                "the cancelled and the waiting are not on the list; the freed place was confirmed");
        assertEquals(2, during.attended());
        assertEquals(0, during.noShows());

        t.clock.set(at(20, 12));
        AttendanceList.Sheet after = t.attendanceList.of(session);
        assertTrue(after.ended());
        assertEquals(List.of("1:attended", "2:attended", "4:no-show"), rows(after));
        assertEquals(1, after.noShows());
        assertEquals("desk", after.attendees().get(0).way());
        assertEquals("学员1", after.attendees().get(0).name());
        assertEquals("p1@example.cn", after.attendees().get(0).email());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.attendanceList.csv(after, Language.ZH_CN, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "UTF-8 with a byte order mark, so that Excel reads Chinese");
        List<List<String>> csv = read(bytes);
        assertEquals(4, csv.size());
        assertEquals(List.of("姓名", "电子邮箱", "单位", "出勤情况"), csv.get(0).subList(0, 4));
        assertTrue(csv.get(0).get(4).startsWith("签到时间（") && csv.get(0).get(4).endsWith("）"),
                "the zone is named in the heading: " + csv.get(0).get(4));
        assertEquals(List.of("学员1", "p1@example.cn", "", "已签到", "2026-12-20 09:30", "现场登记"), csv.get(1),
                "checked in at 09:30 in Shanghai (01:30 UTC)");
        assertEquals(List.of("学员4", "p4@example.cn", "", "缺席", "", ""), csv.get(3));
    }

    @Test
    void aCertificateIsIssuedOnceTheSessionHasEndedAndReadsBackFromItsPdf() throws Exception {
        long session = t.publishedSession(5, 0);
        Enrolment came = t.waitlist.enrol(session, innovator(1));
        t.waitlist.enrol(session, innovator(2));
        t.clock.set(at(20, 9));
        t.attendance.checkIn(session, came.id(), Way.DOOR, TRAINER);

        TrainingRecord.Record during = t.record.of(1);
        assertEquals(1, during.attended().size());
        assertNull(during.attended().get(0).certificate(), "no certificate while the session runs");
        assertEquals(0, during.totalHours());
        assertTrue(t.record.of(2).noShows().isEmpty(), "not a no-show before the end");

        t.clock.set(at(20, 11).plus(Duration.ofMinutes(30)));
        TrainingRecord.Record after = t.record.of(1);
        assertEquals(1, after.certificates().size());
        Certificates.Certificate certificate = after.certificates().get(0);
        assertTrue(certificate.number().matches("2026-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"),
                certificate.number());
        assertEquals(certificate.number(), after.attended().get(0).certificate());
        assertEquals(6, after.totalHours());
        assertEquals(List.of(new TrainingRecord.CourseHours(certificate.courseId(), "专利检索实务", 6)), after.hours());
        assertEquals(List.of(certificate), t.record.of(1).certificates(), "issued once, read again the same");

        String text = compact(pdfText(t.certificates.pdf(certificate)));
        for (String words : List.of("参训证明", "内蒙古自治区知识产权保护中心", "学员1", "专利检索实务", "2026年12月20日",
                "6学时", certificate.number(), "https://hall.example.cn/training/certificates/")) {
            assertTrue(text.contains(words), words + " in " + text);
        }

        assertEquals(certificate, t.certificates.find(" " + certificate.number().toLowerCase() + " ").orElseThrow());
        assertTrue(t.certificates.find("2026-AAAA-AAAA-AAAA").isEmpty());
        assertTrue(t.certificates.find("../../etc").isEmpty());
        assertEquals("学**", Certificates.masked("学员1"));
        assertEquals("欧**", Certificates.masked("欧阳修"));

        TrainingRecord.Record absent = t.record.of(2);
        assertEquals(1, absent.noShows().size());
        assertTrue(absent.certificates().isEmpty());
        assertEquals(0, absent.totalHours());
    }

    @Test
    void recordsReadAtOnceIssueOneCertificate() throws Exception {
        long session = t.publishedSession(5, 0);
        Enrolment came = t.waitlist.enrol(session, innovator(1));
        t.clock.set(at(20, 9));
        t.attendance.checkIn(session, came.id(), Way.DOOR, TRAINER);
        t.clock.set(at(20, 12));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TrainingRecord.Record>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(pool.submit(() -> t.record.of(1)));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<TrainingRecord.Record> read : reads) {
                TrainingRecord.Record record = read.get();
                assertEquals(1, record.certificates().size());
                numbers.add(record.certificates().get(0).number());
            }
            assertEquals(1, numbers.size(), "every read sees the one certificate");
        } finally {
            pool.shutdown();
        }
        try (Connection c = t.db.dataSource().getConnection(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM TRAINING.CERTIFICATE")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void aCourseEarnsItsCreditHoursOnceHoweverManyOfItsSessionsWereAttended() throws Exception {
        long first = t.publishedSession(5, 0);
        long course = t.catalogue.work().call(tx -> t.catalogue.session(tx, first).orElseThrow().courseId());
        long second = t.desk.addSession(course, new SessionPlan("2026-12-21", "09:00", "11:30", "中心三楼培训室", 5, "",
                "", 0), TRAINER).id();
        long other = t.publishedSession(5, 0);
        List<Long> sessions = List.of(first, second, other);
        List<Enrolment> mine = new ArrayList<>();
        for (long s : sessions) {
            mine.add(t.waitlist.enrol(s, innovator(7)));
        }
        for (int i = 0; i < sessions.size(); i++) {
            t.clock.set(at(i == 1 ? 21 : 20, 9));
            assertEquals(Outcome.CHECKED_IN, t.attendance.checkIn(sessions.get(i), mine.get(i).id(), Way.DESK,
                    TRAINER).outcome());
        }
        t.clock.set(at(22, 9));
        TrainingRecord.Record record = t.record.of(7);
        assertEquals(3, record.certificates().size(), "a certificate per session attended");
        assertEquals(2, record.hours().size());
        assertEquals(12, record.totalHours(), "6 hours for each of the two courses");
        assertEquals(3, record.certificates().stream().map(Certificates.Certificate::number).distinct().count());
    }

    @Test
    void theReminderGoesOnceToEachConfirmedPlaceTheDayBefore() throws Exception {
        long session = t.publishedSession(2, 0);
        t.waitlist.enrol(session, innovator(1));
        Enrolment cancelled = t.waitlist.enrol(session, innovator(2));
        t.waitlist.cancel(cancelled.id(), innovator(2));
        t.waitlist.enrol(session, innovator(3));
        t.waitlist.enrol(session, innovator(4));
        assertEquals(List.of("1:confirmed", "2:cancelled", "3:confirmed", "4:waiting"), t.statuses(session));

        assertEquals(0, t.reminders.remind(24), "nineteen days ahead");
        t.clock.set(at(19, 8));
        assertEquals(0, t.reminders.remind(24), "25 hours ahead");
        t.clock.set(at(19, 10));
        assertEquals(2, t.reminders.remind(24));
        assertEquals(0, t.reminders.remind(24), "once");
        assertEquals(List.of("入场凭证：专利检索实务", "培训提醒：专利检索实务"), t.noticesTo(1), "the ticket, then the reminder");
        assertEquals(List.of("入场凭证：专利检索实务", "培训提醒：专利检索实务"), t.noticesTo(3));
        assertTrue(t.noticesTo(2).stream().noneMatch(s -> s.startsWith("培训提醒")), "not the cancelled");
        assertTrue(t.noticesTo(4).isEmpty(), "not the waiting");
        assertEquals(2, t.mailedWith("培训提醒"), "mailed through the outbox");
        assertEquals(2, t.audited().stream().filter("training.enrolment.reminded"::equals).count());

        long late = t.publishedSession(2, 0);
        t.waitlist.enrol(late, innovator(5));
        assertEquals(0, t.reminders.remind(0), "0 hours: reminders are off");
        t.clock.set(at(20, 9).plus(Duration.ofMinutes(1)));
        assertEquals(0, t.reminders.remind(24), "the session has started");
        assertEquals(List.of("入场凭证：专利检索实务"), t.noticesTo(5), "the ticket, no reminder");
    }

    private static List<String> rows(AttendanceList.Sheet sheet) {
        return sheet.attendees().stream().map(a -> a.accountId() + ":" + a.status()).toList();
    }

    private static List<List<String>> read(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.of(new ByteArrayInputStream(bytes))) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row.cells());
            }
        }
        return rows;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\\u00a0\\u3000]", "");
    }
}
