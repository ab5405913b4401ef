package org.onestop.ticketing.internal;

import java.sql.SQLException;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The hall's statistics for supervisors: {@code GET /api/ticketing/statistics?from=yyyy-MM&to=yyyy-MM}, the
 * {@link HallReport} the page shows (labels in both languages; the spreadsheet is {@link StatisticsCsv}). A month
 * that cannot be read is a problem document (400) with the reason in the reader's language.
 */
@Component(service = StatisticsApi.class, immediate = true)
@ModuleResource
@Path("api/ticketing/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class StatisticsApi {

    private final HallStatistics statistics;

    @Activate
    public StatisticsApi(@Reference HallStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public HallReport report(@QueryParam("from") String from, @QueryParam("to") String to) throws SQLException {
        return statistics.report(from, to);
    }
}
