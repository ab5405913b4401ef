package org.onestop.assistance.internal.statistics;

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
 * The supervisors' statistics as JSON: {@code GET /api/assistance/statistics?from=yyyy-MM&to=yyyy-MM}, the same
 * {@link AssistanceReport} the page shows, labels in both languages.
 */
@Component(service = StatisticsApi.class, immediate = true)
@ModuleResource
@Path("api/assistance/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class StatisticsApi {

    private final AssistanceStatistics statistics;

    @Activate
    public StatisticsApi(@Reference AssistanceStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public AssistanceReport report(@QueryParam("from") String from, @QueryParam("to") String to)
            throws SQLException {
        return statistics.report(from, to);
    }
}
