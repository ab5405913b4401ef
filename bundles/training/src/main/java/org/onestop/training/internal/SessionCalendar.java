package org.onestop.training.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A session as an iCalendar file (RFC 5545) that calendar programs import: one event with a UID of the session and
 * the hall's host, DTSTAMP, DTSTART and DTEND in UTC, SUMMARY (the course), LOCATION (the venue; "线上" online) and a
 * URL (the ticket, or the gateway's join link online). Text values are escaped (backslash, semicolon, comma, line
 * breaks), lines end in CRLF and lines longer than 75 octets are folded, never inside a UTF-8 character.
 */
final class SessionCalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int OCTETS = 75;

    private SessionCalendar() {
    }

    /**
     * The calendar of the enrolment's session; {@code hall} is the hall's public address ({@code https://host}),
     * {@code stamp} when the file is made.
     */
    static String of(Course course, TrainingSession session, long enrolmentId, String hall, Instant stamp) {
        String host = URI.create(hall).getHost();
        String enrolment = hall + "/training/enrolments/" + enrolmentId;
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//OneStop//Training//ZH");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:training-session-" + session.id() + "@" + (host == null ? "onestop" : host));
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(session.startsAt()));
        line(ics, "DTEND:" + UTC.format(session.endsAt()));
        line(ics, "SUMMARY:" + text(course.title()));
        line(ics, "LOCATION:" + text(session.online() ? "线上" : session.place()));
        line(ics, "DESCRIPTION:" + text(course.trainer() + "\n" + enrolment + "/ticket"));
        line(ics, "URL:" + enrolment + (session.online() ? "/join" : "/ticket"));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A TEXT value escaped: backslash, semicolon and comma with a backslash, a line break as {@code \n}. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded at 75 octets (a continuation starts with a space), ended by CRLF. */
    private static void line(StringBuilder ics, String line) {
        int octets = 0;
        int limit = OCTETS;
        for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
            String character = line.substring(i, line.offsetByCodePoints(i, 1));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = OCTETS - 1;
            }
            ics.append(character);
            octets += size;
        }
        ics.append("\r\n");
    }
}
