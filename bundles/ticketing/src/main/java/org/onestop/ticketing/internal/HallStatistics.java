package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.onestop.api.cases.Label;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.People;
import org.onestop.api.schema.UtcColumns;
import org.onestop.api.statistics.StatisticsPeriod;
import org.onestop.ticketing.internal.HallReport.AppointmentGroup;
import org.onestop.ticketing.internal.HallReport.Appointments;
import org.onestop.ticketing.internal.HallReport.Group;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Counts the hall's numbers of the days of a period (from {@code TICKET} and {@code TICKET_EVENT}) and the
 * appointments for those days (from {@code APPOINTMENT}) into a {@link HallReport}: waits (first call − joining the
 * queue) and service times (finish − serving) with their average, median and 90th percentile, and the numbers
 * served, not shown, cancelled and transferred; by service, counter, clerk and hour of the day.
 */
@Component(service = HallStatistics.class)
public final class HallStatistics {

    /** The module whose messages word a refused filter ({@code ticketing.statistics.error.*}). */
    static final String MODULE = "ticketing";

    private static final String TICKETS = "SELECT T.SERVICE_ID, T.COUNTER_ID, T.CLERK_ID, T.STATUS, T.QUEUED_AT,"
            + " T.FIRST_CALLED_AT, T.SERVING_AT, T.FINISHED_AT, (SELECT COUNT(*) FROM TICKETING.TICKET_EVENT E"
            + " WHERE E.TICKET_ID = T.ID AND E.KIND = 'transferred') FROM TICKETING.TICKET T"
            + " WHERE T.DAY >= ? AND T.DAY <= ? ORDER BY T.ID";
    private static final String APPOINTMENTS = "SELECT SERVICE_ID, STATUS, COUNT(*) FROM TICKETING.APPOINTMENT"
            + " WHERE DAY >= ? AND DAY <= ? GROUP BY SERVICE_ID, STATUS";

    /** One number as read. */
    private record Row(long serviceId, Long counterId, Long clerkId, String status, int hour, Double waited,
            Double served, boolean transferred) {
    }

    private final Hall hall;
    private final HallHours hours;
    private final People people;
    private final Messages messages;

    @Activate
    public HallStatistics(@Reference Hall hall, @Reference HallHours hours, @Reference People people,
            @Reference Messages messages) {
        this.hall = hall;
        this.hours = hours;
        this.people = people;
        this.messages = messages;
    }

    /** The report of a filter ({@code yyyy-MM}, either may be empty: the twelve months up to this one); 400 else. */
    HallReport report(String from, String to) throws SQLException {
        return report(StatisticsPeriod.of(from, to, hours.today(), MODULE));
    }

    HallReport report(StatisticsPeriod period) throws SQLException {
        ZoneId zone = hours.zone();
        Instant now = hours.now().truncatedTo(ChronoUnit.SECONDS);
        return hall.work().call(tx -> {
            List<HallService> services = hall.services(tx);
            List<Counter> counters = hall.counters(tx);
            List<Row> rows = tickets(tx, period, zone);
            Tally total = new Tally();
            Map<String, Tally> byService = new LinkedHashMap<>();
            Map<String, Label> serviceNames = new HashMap<>();
            Map<Long, String> serviceKeys = new HashMap<>();
            for (HallService s : services) {
                byService.put(s.code(), new Tally());
                serviceNames.put(s.code(), Label.of(s.prefix() + " " + s.nameZh(), s.prefix() + " " + s.nameEn()));
                serviceKeys.put(s.id(), s.code());
            }
            Map<String, Tally> byCounter = new LinkedHashMap<>();
            Map<String, Label> counterNames = new HashMap<>();
            Map<Long, String> counterKeys = new HashMap<>();
            for (Counter c : counters) {
                String key = Integer.toString(c.number());
                byCounter.put(key, new Tally());
                counterNames.put(key, Label.of(c.nameZh(), c.nameEn()));
                counterKeys.put(c.id(), key);
            }
            Map<Long, Tally> byClerk = new HashMap<>();
            Map<Integer, Tally> byHour = new TreeMap<>();
            for (Row row : rows) {
                total.add(row);
                byService.computeIfAbsent(serviceKeys.get(row.serviceId()), k -> new Tally()).add(row);
                if (row.counterId() != null && counterKeys.containsKey(row.counterId())) {
                    byCounter.get(counterKeys.get(row.counterId())).add(row);
                }
                if (row.clerkId() != null) {
                    byClerk.computeIfAbsent(row.clerkId(), k -> new Tally()).add(row);
                }
                byHour.computeIfAbsent(row.hour(), k -> new Tally()).add(row);
            }
            Map<Long, Appointments> appointments = appointments(tx, period);
            List<AppointmentGroup> appointmentsByService = new ArrayList<>();
            for (HallService s : services) {
                appointmentsByService.add(new AppointmentGroup(s.code(), serviceNames.get(s.code()),
                        appointments.getOrDefault(s.id(), new Appointments(0, 0, 0, 0, 0))));
            }
            return new HallReport(period.fromText(), period.toText(), now, total.figures(),
                    groups(byService, serviceNames), groups(byCounter, counterNames), clerks(tx, byClerk),
                    hours(byHour), sum(appointments.values()), appointmentsByService);
        });
    }

    private static List<Row> tickets(Connection tx, StatisticsPeriod period, ZoneId zone) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(TICKETS)) {
            select.setDate(1, Date.valueOf(period.firstDay()));
            select.setDate(2, Date.valueOf(period.lastDay()));
            try (ResultSet row = select.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (row.next()) {
                    long counter = row.getLong(2);
                    Long counterId = row.wasNull() ? null : counter;
                    long clerk = row.getLong(3);
                    Long clerkId = row.wasNull() ? null : clerk;
                    String status = row.getString(4);
                    Instant queued = UtcColumns.get(row, 5);
                    Instant called = UtcColumns.get(row, 6);
                    Instant serving = UtcColumns.get(row, 7);
                    Instant finished = UtcColumns.get(row, 8);
                    rows.add(new Row(row.getLong(1), counterId, clerkId, status, queued.atZone(zone).getHour(),
                            minutes(queued, called), "done".equals(status) ? minutes(serving, finished) : null,
                            row.getInt(9) > 0));
                }
                return rows;
            }
        }
    }

    /** Minutes from {@code start} to {@code end}, null when either is missing, never below 0. */
    private static Double minutes(Instant start, Instant end) {
        if (start == null || end == null) {
            return null;
        }
        return Math.max(0, Duration.between(start, end).toMillis()) / 60_000.0;
    }

    private static Map<Long, Appointments> appointments(Connection tx, StatisticsPeriod period) throws SQLException {
        Map<Long, long[]> counts = new HashMap<>();
        try (PreparedStatement select = tx.prepareStatement(APPOINTMENTS)) {
            select.setDate(1, Date.valueOf(period.firstDay()));
            select.setDate(2, Date.valueOf(period.lastDay()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long[] c = counts.computeIfAbsent(row.getLong(1), k -> new long[5]);
                    long n = row.getLong(3);
                    c[0] += n;
                    switch (row.getString(2)) {
                        case "checked_in" -> c[1] += n;
                        case "missed" -> c[2] += n;
                        case "cancelled" -> c[3] += n;
                        case "rebooked" -> c[4] += n;
                        default -> {
                            // still booked
                        }
                    }
                }
            }
        }
        Map<Long, Appointments> appointments = new HashMap<>();
        counts.forEach((service, c) -> appointments.put(service, new Appointments(c[0], c[1], c[2], c[3], c[4])));
        return appointments;
    }

    private static Appointments sum(Collection<Appointments> all) {
        long[] c = new long[5];
        for (Appointments a : all) {
            c[0] += a.booked();
            c[1] += a.checkedIn();
            c[2] += a.missed();
            c[3] += a.cancelled();
            c[4] += a.rebooked();
        }
        return new Appointments(c[0], c[1], c[2], c[3], c[4]);
    }

    private List<Group> clerks(Connection tx, Map<Long, Tally> byClerk) throws SQLException {
        Map<Long, String> names = byClerk.isEmpty() ? Map.of() : people.names(tx, byClerk.keySet());
        List<Group> groups = new ArrayList<>();
        byClerk.forEach((id, tally) -> {
            String name = names.get(id);
            Label label = name != null && !name.isBlank() ? Label.of(name, name)
                    : Label.of(messages.text(Language.ZH_CN, "ticketing.statistics.clerk", id),
                            messages.text(Language.EN, "ticketing.statistics.clerk", id));
            groups.add(new Group(Long.toString(id), label, tally.figures()));
        });
        groups.sort(Comparator.comparing((Group g) -> g.label().zh()).thenComparing(Group::key));
        return groups;
    }

    private List<Group> hours(Map<Integer, Tally> byHour) {
        List<Group> groups = new ArrayList<>();
        byHour.forEach((hour, tally) -> {
            String from = String.format(Locale.ROOT, "%02d", hour);
            String to = String.format(Locale.ROOT, "%02d", hour + 1);
            groups.add(new Group(from, Label.of(messages.text(Language.ZH_CN, "ticketing.statistics.hour", from, to),
                    messages.text(Language.EN, "ticketing.statistics.hour", from, to)), tally.figures()));
        });
        return groups;
    }

    private static List<Group> groups(Map<String, Tally> tallies, Map<String, Label> names) {
        List<Group> groups = new ArrayList<>();
        tallies.forEach((key, tally) -> groups.add(new Group(key, names.get(key), tally.figures())));
        return groups;
    }

    /** Numbers added up one by one while a report is made. */
    private static final class Tally {
        private long tickets;
        private long served;
        private long noShows;
        private long cancelled;
        private long transferred;
        private final List<Double> waits = new ArrayList<>();
        private final List<Double> service = new ArrayList<>();

        void add(Row row) {
            tickets++;
            switch (row.status()) {
                case "done" -> served++;
                case "no_show" -> noShows++;
                case "cancelled" -> cancelled++;
                default -> {
                    // still in the hall
                }
            }
            if (row.transferred()) {
                transferred++;
            }
            if (row.waited() != null) {
                waits.add(row.waited());
            }
            if (row.served() != null) {
                service.add(row.served());
            }
        }

        HallReport.Figures figures() {
            return new HallReport.Figures(tickets, served, noShows, cancelled, transferred, minutes(waits),
                    minutes(service));
        }
    }

    /** The average, median and 90th percentile (nearest rank) of {@code values}, rounded to one decimal. */
    static HallReport.Minutes minutes(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new HallReport.Minutes(0, null, null, null);
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        double p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
        return new HallReport.Minutes(n, round(sum / n), round(median), round(p90));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
