package org.onestop.training.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.onestop.api.cases.Label;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.schema.UtcColumns;
import org.onestop.api.statistics.StatisticsPeriod;
import org.onestop.training.internal.TrainingReport.Figures;
import org.onestop.training.internal.TrainingReport.Group;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Counts the sessions of published courses that start in a period (the centre's months; times are stored in UTC)
 * with their enrolments as they stand now: places, enrolments, confirmed places and waitlists of every session, and
 * of the sessions that have ended the check-ins, the no-shows (a confirmed place not checked in) and the credit hours
 * delivered. Cancelled courses are left out (their enrolments were withdrawn).
 */
@Component(service = TrainingStatistics.class)
public final class TrainingStatistics {

    /** The module whose messages word a refused filter ({@code training.statistics.error.*}). */
    static final String MODULE = "training";
    /** The default period ends this many months after the current one, so that the coming sessions are counted. */
    static final int MONTHS_AHEAD = 2;

    private static final String ROWS = "SELECT C.ID, C.TITLE, C.AUDIENCE, C.CREDIT_HOURS, S.STARTS_AT, S.ENDS_AT,"
            + " S.CAPACITY, COUNT(E.ID),"
            + " SUM(CASE WHEN E.STATUS = 'confirmed' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN E.STATUS = 'waiting' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN E.STATUS = 'confirmed' AND E.CHECKED_IN_AT IS NOT NULL THEN 1 ELSE 0 END), C.TITLE_EN"
            + " FROM TRAINING.COURSE_SESSION S JOIN TRAINING.COURSE C ON C.ID = S.COURSE_ID"
            + " LEFT JOIN TRAINING.ENROLMENT E ON E.SESSION_ID = S.ID"
            + " WHERE C.STATUS = 'published' AND S.STARTS_AT >= ? AND S.STARTS_AT < ?"
            + " GROUP BY C.ID, C.TITLE, C.TITLE_EN, C.AUDIENCE, C.CREDIT_HOURS, S.ID, S.STARTS_AT, S.ENDS_AT,"
            + " S.CAPACITY"
            + " ORDER BY S.STARTS_AT, S.ID";

    /** One session's counts as read. */
    private record Row(long courseId, String title, String audience, int creditHours, YearMonth month,
            boolean ended, long capacity, long enrolments, long confirmed, long waiting, long checkedIn,
            String titleEn) {
    }

    private final Catalogue catalogue;
    private final CentreZone zone;
    private final Messages messages;
    private final Clock clock;

    @Activate
    public TrainingStatistics(@Reference Catalogue catalogue, @Reference CentreZone zone,
            @Reference Messages messages) {
        this(catalogue, zone, messages, Clock.systemUTC());
    }

    TrainingStatistics(Catalogue catalogue, CentreZone zone, Messages messages, Clock clock) {
        this.catalogue = catalogue;
        this.zone = zone;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The report of a filter ({@code yyyy-MM}, either may be empty: by default the twelve months up to
     * {@value #MONTHS_AHEAD} months after the current one); 400 for a month that cannot be read.
     */
    public TrainingReport report(String from, String to) throws SQLException {
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        return report(StatisticsPeriod.of(from, to, today.plusMonths(MONTHS_AHEAD), MODULE));
    }

    /** The report of the sessions starting in {@code period}, as they stand now. */
    public TrainingReport report(StatisticsPeriod period) throws SQLException {
        ZoneId centre = zone.zone();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Row> rows = catalogue.work().call(tx -> read(tx, period, centre, now));
        Tally total = new Tally();
        Map<String, Tally> courses = new LinkedHashMap<>();
        Map<String, Label> titles = new LinkedHashMap<>();
        Map<String, Tally> audiences = new LinkedHashMap<>();
        for (CourseAudience audience : CourseAudience.values()) {
            audiences.put(audience.code(), new Tally());
        }
        Map<String, Tally> months = new LinkedHashMap<>();
        for (YearMonth month : period.months()) {
            months.put(month.toString(), new Tally());
        }
        for (Row row : rows) {
            String course = Long.toString(row.courseId());
            titles.putIfAbsent(course, Label.of(row.title(), row.titleEn().isEmpty() ? row.title()
                    : row.titleEn()));
            total.add(row);
            courses.computeIfAbsent(course, k -> new Tally()).add(row);
            audiences.computeIfAbsent(row.audience(), k -> new Tally()).add(row);
            months.computeIfAbsent(row.month().toString(), k -> new Tally()).add(row);
        }
        return new TrainingReport(period.fromText(), period.toText(), now, total.figures(),
                groups(courses, titles::get), groups(audiences, this::audience),
                groups(months, key -> StatisticsPeriod.label(YearMonth.parse(key))));
    }

    private static List<Row> read(Connection tx, StatisticsPeriod period, ZoneId centre, Instant now)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement(ROWS)) {
            UtcColumns.set(select, 1, period.firstDay().atStartOfDay(centre).toInstant());
            UtcColumns.set(select, 2, period.lastDay().plusDays(1).atStartOfDay(centre).toInstant());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Instant starts = UtcColumns.get(row, 5);
                    rows.add(new Row(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                            YearMonth.from(starts.atZone(centre)), !now.isBefore(UtcColumns.get(row, 6)),
                            row.getInt(7), row.getLong(8), row.getLong(9), row.getLong(10), row.getLong(11),
                            row.getString(12)));
                }
            }
        }
        return rows;
    }

    private Label audience(String code) {
        String key = "training.audience." + code;
        return Label.of(messages.text(Language.ZH_CN, key), messages.text(Language.EN, key));
    }

    private static List<Group> groups(Map<String, Tally> tallies, Function<String, Label> label) {
        List<Group> groups = new ArrayList<>();
        tallies.forEach((key, tally) -> groups.add(new Group(key, label.apply(key), tally.figures())));
        return groups;
    }

    /** Sessions added up one by one while a report is made. */
    private static final class Tally {
        private long sessions;
        private long ended;
        private long capacity;
        private long enrolments;
        private long confirmed;
        private long waiting;
        private long confirmedEnded;
        private long checkedIn;
        private long creditHours;

        void add(Row row) {
            sessions++;
            capacity += row.capacity();
            enrolments += row.enrolments();
            confirmed += row.confirmed();
            waiting += row.waiting();
            if (row.ended()) {
                ended++;
                confirmedEnded += row.confirmed();
                checkedIn += row.checkedIn();
                creditHours += row.checkedIn() * row.creditHours();
            }
        }

        Figures figures() {
            return new Figures(sessions, ended, capacity, enrolments, confirmed, waiting, ratio(confirmed, capacity),
                    checkedIn, confirmedEnded - checkedIn, ratio(checkedIn, confirmedEnded), creditHours);
        }

        private static Double ratio(long part, long whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }
}
