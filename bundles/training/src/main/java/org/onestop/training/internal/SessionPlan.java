package org.onestop.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A session as a trainer types it, in the centre's zone; {@link #problems(ZoneId, Instant)} names each field at
 * fault as a message key, {@link #session(long, ZoneId, Instant)} gives the session to store.
 *
 * @param date        the day, {@code 2026-12-18}
 * @param start       the start, {@code 09:00}
 * @param end         the end, {@code 11:30}, after the start on the same day
 * @param place       the venue or the online link
 * @param capacity    places, 1 to 10,000
 * @param enrolOpens  the first day of enrolment; blank: open from now
 * @param enrolCloses the last day of enrolment; blank: until the start
 * @param orgLimit    places one organisation may hold; 0 or blank: no limit
 */
public record SessionPlan(String date, String start, String end, String place, Integer capacity, String enrolOpens,
        String enrolCloses, Integer orgLimit) {

    public SessionPlan {
        date = Course.trim(date);
        start = Course.trim(start);
        end = Course.trim(end);
        place = Course.trim(place);
        enrolOpens = Course.trim(enrolOpens);
        enrolCloses = Course.trim(enrolCloses);
    }

    /** Each field at fault with the message key saying what is wrong; empty when the session can be stored. */
    Map<String, String> problems(ZoneId zone, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate day = day(date);
        LocalTime from = time(start);
        LocalTime to = time(end);
        if (day == null) {
            problems.put("date", "training.error.date");
        }
        if (from == null) {
            problems.put("start", "training.error.time");
        }
        if (to == null) {
            problems.put("end", "training.error.time");
        } else if (from != null && !to.isAfter(from)) {
            problems.put("end", "training.error.endBeforeStart");
        }
        if (day != null && from != null && !day.atTime(from).atZone(zone).toInstant().isAfter(now)) {
            problems.put("date", "training.error.past");
        }
        Course.text(problems, "place", place, 500);
        if (capacity == null || capacity < 1 || capacity > 10_000) {
            problems.put("capacity", "training.error.capacity");
        }
        if (orgLimit != null && (orgLimit < 0 || orgLimit > 10_000)) {
            problems.put("orgLimit", "training.error.orgLimit");
        }
        LocalDate opens = enrolOpens.isEmpty() ? null : day(enrolOpens);
        LocalDate closes = enrolCloses.isEmpty() ? null : day(enrolCloses);
        if (!enrolOpens.isEmpty() && opens == null) {
            problems.put("enrolOpens", "training.error.date");
        }
        if (!enrolCloses.isEmpty() && closes == null) {
            problems.put("enrolCloses", "training.error.date");
        } else if (closes != null && ((opens != null && closes.isBefore(opens)) || (day != null
                && closes.isAfter(day)))) {
            problems.put("enrolCloses", "training.error.window");
        }
        return problems;
    }

    /** The session to store (the plan has no problems). */
    TrainingSession session(long courseId, ZoneId zone, Instant now) {
        LocalDate day = day(date);
        Instant startsAt = day.atTime(time(start)).atZone(zone).toInstant();
        Instant opens = enrolOpens.isEmpty() ? now : day(enrolOpens).atStartOfDay(zone).toInstant();
        Instant closes = enrolCloses.isEmpty() ? startsAt
                : day(enrolCloses).plusDays(1).atStartOfDay(zone).toInstant();
        return new TrainingSession(null, courseId, startsAt, day.atTime(time(end)).atZone(zone).toInstant(), place,
                capacity, 0, opens, closes.isAfter(startsAt) ? startsAt : closes,
                orgLimit == null ? 0 : orgLimit);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
