package org.onestop.training.internal;

import java.time.Instant;
import java.util.List;

import org.onestop.api.cases.Label;

/**
 * Training statistics for trainers and supervisors: the sessions of published courses that start in a period (by the
 * centre's month of their start), as a whole and broken down by course, audience and month.
 *
 * @param from       the first month, {@code yyyy-MM}
 * @param to         the last month, {@code yyyy-MM}
 * @param asOf       when the figures were read: enrolments as they stand then, a session counted as ended from its end
 * @param total      the figures of every session of the period
 * @param byCourse   each course with a session in the period, in the order of its first session
 * @param byAudience every audience (enterprises, schools, examiners, public)
 * @param byMonth    every month of the period, the first first
 */
public record TrainingReport(String from, String to, Instant asOf, Figures total, List<Group> byCourse,
        List<Group> byAudience, List<Group> byMonth) {

    public TrainingReport {
        byCourse = List.copyOf(byCourse);
        byAudience = List.copyOf(byAudience);
        byMonth = List.copyOf(byMonth);
    }

    /**
     * One row of a breakdown.
     *
     * @param key     the course's number, the audience's code or the month ({@code yyyy-MM})
     * @param label   what it is called in each language (a course: its title)
     * @param figures the figures of its sessions
     */
    public record Group(String key, Label label, Figures figures) {
    }

    /**
     * What trainers and supervisors read of a set of sessions. A rate whose denominator is zero is {@code null}.
     *
     * @param sessions       how many sessions
     * @param ended          how many of them have ended
     * @param capacity       their places
     * @param enrolments     every enrolment made in them, whatever became of it (cancelled and lapsed included)
     * @param confirmed      the places confirmed now
     * @param waiting        the people still on a waitlist
     * @param fillRate       confirmed / capacity (0 to 1)
     * @param checkedIn      the confirmed places checked in, in ended sessions
     * @param noShows        the confirmed places not checked in, in ended sessions
     * @param attendanceRate checked in / confirmed, in ended sessions (0 to 1)
     * @param creditHours    the credit hours delivered: each checked-in attendee of an ended session earns the
     *                       course's hours
     */
    public record Figures(long sessions, long ended, long capacity, long enrolments, long confirmed, long waiting,
            Double fillRate, long checkedIn, long noShows, Double attendanceRate, long creditHours) {
    }
}
