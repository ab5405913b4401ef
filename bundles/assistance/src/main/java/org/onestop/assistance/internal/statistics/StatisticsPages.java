package org.onestop.assistance.internal.statistics;

import java.sql.SQLException;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The supervisors' statistics page {@code /assistance/statistics?from=yyyy-MM&to=yyyy-MM} (the last twelve months
 * by default) and the same report as a spreadsheet, {@code /assistance/statistics/applications.csv}. A month that
 * cannot be read is refused with 400 and the reason in the reader's language.
 */
@Component(service = StatisticsPages.class, immediate = true)
@ModuleResource
@Path("assistance/statistics")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class StatisticsPages {

    private final AssistanceStatistics statistics;
    private final Messages messages;

    @Activate
    public StatisticsPages(@Reference AssistanceStatistics statistics, @Reference Messages messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public View page(@QueryParam("from") String from, @QueryParam("to") String to) throws SQLException {
        AssistanceReport report = statistics.report(from, to);
        String query = "?from=" + report.from() + "&to=" + report.to();
        return View.of("assistance/statistics", "report", report, "asOf", report.asOf().toString(),
                "csv", "/assistance/statistics/applications.csv" + query, "json", "/api/assistance/statistics" + query,
                "most", StatisticsPeriod.MOST_MONTHS);
    }

    @GET
    @Path("applications.csv")
    @Produces("text/csv")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @Context Language language)
            throws SQLException {
        AssistanceReport report = statistics.report(from, to);
        return Response.ok(StatisticsCsv.write(report, messages, language), CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + StatisticsCsv.fileName(report) + "\"")
                .build();
    }
}
