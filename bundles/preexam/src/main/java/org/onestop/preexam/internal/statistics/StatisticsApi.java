package org.onestop.preexam.internal.statistics;

import java.sql.SQLException;
import java.time.LocalDate;

import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.statistics.StatisticsPeriod;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The supervisors' statistics as JSON: {@code GET /api/preexam/statistics?from=yyyy-MM&to=yyyy-MM}, the same
 * {@link StatisticsReport} the page shows, labels in both languages.
 */
@Component(service = StatisticsApi.class, immediate = true)
@ModuleResource
@Path("api/preexam/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class StatisticsApi {

    private final RequestStatistics statistics;
    private final WorkingCalendar calendar;

    @Activate
    public StatisticsApi(@Reference RequestStatistics statistics, @Reference WorkingCalendar calendar) {
        this.statistics = statistics;
        this.calendar = calendar;
    }

    @GET
    public StatisticsReport report(@QueryParam("from") String from, @QueryParam("to") String to)
            throws SQLException {
        LocalDate today = calendar.today();
        return statistics.report(StatisticsPeriod.of(from, to, today, "preexam"), today);
    }
}
