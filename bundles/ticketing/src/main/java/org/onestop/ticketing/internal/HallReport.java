package org.onestop.ticketing.internal;

import java.time.Instant;
import java.util.List;

import org.onestop.api.cases.Label;

/**
 * The hall's statistics for supervisors: the numbers of the days of a period (by the centre's months) with their
 * waits and service times, as a whole and by service, counter, clerk and hour of the day, and the appointments for
 * the days of the period.
 *
 * @param from         the first month, {@code yyyy-MM}
 * @param to           the last month, {@code yyyy-MM}
 * @param asOf         when the figures were read
 * @param total        the figures of every number of the period
 * @param byService    every service, in the services' order (a transferred number counts for its last service)
 * @param byCounter    every counter, by number (a number counts for the counter of its last call; never called: none)
 * @param byClerk      each clerk who called a number of the period, by name
 * @param byHour       each hour of the day in which numbers joined the queue (the centre's time), the first first
 * @param appointments the appointments for the days of the period
 * @param appointmentsByService the same by service, in the services' order
 */
public record HallReport(String from, String to, Instant asOf, Figures total, List<Group> byService,
        List<Group> byCounter, List<Group> byClerk, List<Group> byHour, Appointments appointments,
        List<AppointmentGroup> appointmentsByService) {

    public HallReport {
        byService = List.copyOf(byService);
        byCounter = List.copyOf(byCounter);
        byClerk = List.copyOf(byClerk);
        byHour = List.copyOf(byHour);
        appointmentsByService = List.copyOf(appointmentsByService);
    }

    /**
     * One row of a breakdown.
     *
     * @param key   the service's code, the counter's number, the clerk's account id or the hour ({@code 09})
     * @param label what it is called in each language
     */
    public record Group(String key, Label label, Figures figures) {
    }

    /**
     * What supervisors read of a set of numbers.
     *
     * @param tickets     the numbers taken
     * @param served      finished at a counter
     * @param noShows     marked as not having come
     * @param cancelled   given up by the visitor or a clerk
     * @param transferred sent to another service at least once
     * @param waits       minutes from joining the queue to the first call, of the numbers called
     * @param service     minutes from being served to the finish, of the numbers served
     */
    public record Figures(long tickets, long served, long noShows, long cancelled, long transferred, Minutes waits,
            Minutes service) {
    }

    /**
     * Durations in minutes, with one decimal; all null when there were none.
     *
     * @param count   how many durations
     * @param median  the middle one (the mean of the two middle ones for an even count)
     * @param p90     the 90th percentile (nearest rank): nine in ten took no longer
     */
    public record Minutes(long count, Double average, Double median, Double p90) {
    }

    /**
     * Appointments for the days of a period.
     *
     * @param booked    every appointment made, whatever became of it
     * @param checkedIn checked in (a number was given)
     * @param missed    not checked in by the slot's end
     * @param cancelled cancelled by the visitor
     * @param rebooked  moved to another slot (the new one is counted too)
     */
    public record Appointments(long booked, long checkedIn, long missed, long cancelled, long rebooked) {
    }

    /** A service's appointments. */
    public record AppointmentGroup(String key, Label label, Appointments appointments) {
    }
}
