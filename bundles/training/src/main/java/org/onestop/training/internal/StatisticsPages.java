package org.onestop.training.internal;

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
 * The trainers' and supervisors' statistics page {@code /training/statistics?from=yyyy-MM&to=yyyy-MM} (by default
 * the twelve months up to two months ahead), linking the same report as CSV and JSON. A month that cannot be read is
 * refused with 400 and the reason in the reader's language.
 */
@Component(service = StatisticsPages.class, immediate = true)
@ModuleResource
@Path("training/statistics")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
public final class StatisticsPages {

    private final TrainingStatistics statistics;

    @Activate
    public StatisticsPages(@Reference TrainingStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public View page(@QueryParam("from") String from, @QueryParam("to") String to) throws SQLException {
        TrainingReport report = statistics.report(from, to);
        String query = "?from=" + report.from() + "&to=" + report.to();
        return View.of("training/statistics", "report", report, "csv", "/api/training/statistics/sessions.csv"
                + query, "json", "/api/training/statistics" + query, "most", StatisticsPeriod.MOST_MONTHS,
                "ahead", TrainingStatistics.MONTHS_AHEAD);
    }
}
