package org.onestop.cnipa.internal;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The supervisors' statistics of pre-checked visits, {@code /cnipa/statistics?from=yyyy-MM&to=yyyy-MM} (the last
 * twelve months by default), and the same report as a spreadsheet, {@code /cnipa/statistics.csv}. A month that
 * cannot be read is refused with 400 and the reason in the reader's language.
 */
@Component(service = VisitStatisticsPages.class, immediate = true)
@ModuleResource
@Path("cnipa/{sheet: statistics(\\.csv)?}")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class VisitStatisticsPages {

    private final VisitStatistics statistics;
    private final Messages messages;

    @Activate
    public VisitStatisticsPages(@Reference VisitStatistics statistics, @Reference Messages messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    /** The page ({@code statistics}) or the spreadsheet ({@code statistics.csv}) of the period. */
    @GET
    @Produces({MediaType.TEXT_HTML, "text/csv"})
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Response sheet(@PathParam("sheet") String sheet, @QueryParam("from") String from,
            @QueryParam("to") String to, @Context Language language) throws SQLException {
        VisitStatisticsReport report = statistics.report(from, to);
        if (sheet.endsWith(".csv")) {
            return Response.ok(VisitStatisticsCsv.write(report, messages, language), CsvWriter.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + VisitStatisticsCsv.fileName(report)
                            + "\"").build();
        }
        String query = "?from=" + report.from() + "&to=" + report.to();
        return Response.ok(View.of("cnipa/statistics", "report", report, "asOf", report.asOf().toString(),
                "csv", "/cnipa/statistics.csv" + query, "json", "/api/cnipa/statistics" + query,
                "most", StatisticsPeriod.MOST_MONTHS), MediaType.TEXT_HTML_TYPE).build();
    }
}
