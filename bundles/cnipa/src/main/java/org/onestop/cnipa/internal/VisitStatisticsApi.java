package org.onestop.cnipa.internal;

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
 * The supervisors' statistics of pre-checked visits as JSON: {@code GET /api/cnipa/statistics?from=yyyy-MM&to=yyyy-MM},
 * the same {@link VisitStatisticsReport} the page shows, labels in both languages.
 */
@Component(service = VisitStatisticsApi.class, immediate = true)
@ModuleResource
@Path("api/cnipa/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class VisitStatisticsApi {

    private final VisitStatistics statistics;

    @Activate
    public VisitStatisticsApi(@Reference VisitStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public VisitStatisticsReport report(@QueryParam("from") String from, @QueryParam("to") String to)
            throws SQLException {
        return statistics.report(from, to);
    }
}
