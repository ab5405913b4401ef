package org.onestop.ticketing.internal;

import java.sql.SQLException;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.statistics.StatisticsPeriod;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The supervisors' statistics of the hall, {@code /ticketing/statistics?from=yyyy-MM&to=yyyy-MM} (by default the
 * twelve months up to this one), linking the same report as CSV ({@code /ticketing/statistics.csv}) and JSON. A month
 * that cannot be read is refused with 400 and the reason in the reader's language.
 */
@Component(service = StatisticsPages.class, immediate = true)
@ModuleResource
@Path("ticketing/statistics")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class StatisticsPages {

    private final HallStatistics statistics;

    @Activate
    public StatisticsPages(@Reference HallStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public View page(@QueryParam("from") String from, @QueryParam("to") String to) throws SQLException {
        HallReport report = statistics.report(from, to);
        String query = "?from=" + report.from() + "&to=" + report.to();
        return View.of("ticketing/statistics", "report", report, "csv", "/ticketing/statistics.csv" + query,
                "json", "/api/ticketing/statistics" + query, "most", StatisticsPeriod.MOST_MONTHS);
    }
}
