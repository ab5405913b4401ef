package org.onestop.cnipa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.schema.UtcColumns;
import org.onestop.api.statistics.StatisticsPeriod;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the visits started in a period from {@code CNIPA.VISIT} with their rounds (the period's days are the
 * centre's, start times are stored in UTC) and counts them with {@link VisitStatisticsCount} on the centre's working
 * calendar, for every business done at the window, and the closed ones by outcome.
 */
@Component(service = VisitStatistics.class)
public final class VisitStatistics {

    /** The module whose messages word a refused filter ({@code cnipa.statistics.error.*}). */
    static final String MODULE = "cnipa";

    private static final String ROWS = "SELECT V.CASE_ID, V.BUSINESS, V.SUBMITTED_AT, R.ROUND, R.SUBMITTED_ON,"
            + " R.ANSWERED_ON, R.COMPLETE, V.OUTCOME FROM CNIPA.VISIT V LEFT JOIN CNIPA.VISIT_ROUND R ON R.CASE_ID = V.CASE_ID"
            + " WHERE V.SUBMITTED_AT >= ? AND V.SUBMITTED_AT < ? ORDER BY V.CASE_ID, R.ROUND";

    private final VisitStore store;
    private final Businesses businesses;
    private final WorkingCalendar calendar;
    private final CentreZone zone;

    @Activate
    public VisitStatistics(@Reference VisitStore store, @Reference Businesses businesses,
            @Reference WorkingCalendar calendar, @Reference CentreZone zone) {
        this.store = store;
        this.businesses = businesses;
        this.calendar = calendar;
        this.zone = zone;
    }

    /** The report of a supervisor's filter ({@code yyyy-MM}, either may be empty), as of the centre's today. */
    public VisitStatisticsReport report(String from, String to) throws SQLException {
        LocalDate today = calendar.today();
        return report(StatisticsPeriod.of(from, to, today, MODULE), today);
    }

    /** The report of the visits started in {@code period}, as they are on {@code asOf}. */
    public VisitStatisticsReport report(StatisticsPeriod period, LocalDate asOf) throws SQLException {
        ZoneId centre = zone.zone();
        Map<Long, VisitStatisticsCount.Counted> visits = new LinkedHashMap<>();
        store.work().run(tx -> read(tx, period, centre, visits));
        return new VisitStatisticsCount(calendar).report(period, asOf, List.copyOf(visits.values()),
                VisitDesk.atWindow(businesses.work().call(businesses::all)));
    }

    private static void read(Connection tx, StatisticsPeriod period, ZoneId centre,
            Map<Long, VisitStatisticsCount.Counted> visits) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(ROWS)) {
            UtcColumns.set(select, 1, period.firstDay().atStartOfDay(centre).toInstant());
            UtcColumns.set(select, 2, period.lastDay().plusDays(1).atStartOfDay(centre).toInstant());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    VisitStatisticsCount.Counted visit = visits.computeIfAbsent(row.getLong(1), id -> {
                        try {
                            return new VisitStatisticsCount.Counted(row.getString(2),
                                    UtcColumns.get(row, 3).atZone(centre).toLocalDate(), new ArrayList<>(),
                                    row.getString(8));
                        } catch (SQLException e) {
                            throw new IllegalStateException("A visit cannot be read", e);
                        }
                    });
                    int round = row.getInt(4);
                    if (!row.wasNull()) {
                        int complete = row.getInt(7);
                        Boolean answer = row.wasNull() ? null : complete == 1;
                        visit.rounds().add(new VisitRound(round, VisitStore.day(row.getDate(5)),
                                VisitStore.day(row.getDate(6)), answer, List.of()));
                    }
                }
            }
        }
    }
}
