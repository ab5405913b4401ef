package org.onestop.preexam.internal.statistics;

import java.sql.SQLException;
import java.time.LocalDate;

import org.onestop.api.cases.WorkingCalendar;
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
 * The supervisors' statistics page {@code /preexam/statistics?from=yyyy-MM&to=yyyy-MM} (the last twelve months by
 * default) and the same report as a spreadsheet, {@code /preexam/statistics/requests.csv}. A month that cannot be
 * read is refused with 400 and the reason in the reader's language.
 */
@Component(service = StatisticsPages.class, immediate = true)
@ModuleResource
@Path("preexam/statistics")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class StatisticsPages {

    private final RequestStatistics statistics;
    private final WorkingCalendar calendar;
    private final Messages messages;

    @Activate
    public StatisticsPages(@Reference RequestStatistics statistics, @Reference WorkingCalendar calendar,
            @Reference Messages messages) {
        this.statistics = statistics;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GET
    public View page(@QueryParam("from") String from, @QueryParam("to") String to) throws SQLException {
        StatisticsReport report = report(from, to);
        String query = "?from=" + report.from() + "&to=" + report.to();
        return View.of("preexam/statistics", "report", report, "asOf", report.asOf().toString(),
                "csv", "/preexam/statistics/requests.csv" + query, "json", "/api/preexam/statistics" + query,
                "most", StatisticsPeriod.MOST_MONTHS);
    }

    @GET
    @Path("requests.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @Context Language language)
            throws SQLException {
        StatisticsReport report = report(from, to);
        return Response.ok(StatisticsCsv.write(report, messages, language), CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + StatisticsCsv.fileName(report) + "\"")
                .build();
    }

    private StatisticsReport report(String from, String to) throws SQLException {
        LocalDate today = calendar.today();
        return statistics.report(StatisticsPeriod.of(from, to, today, "preexam"), today);
    }
}
