package org.onestop.training.internal;

import java.sql.SQLException;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Training statistics for trainers and supervisors: {@code GET /api/training/statistics?from=yyyy-MM&to=yyyy-MM},
 * the {@link TrainingReport} the page shows (labels in both languages), and the same report as a spreadsheet,
 * {@code GET /api/training/statistics/sessions.csv} (texts in the reader's language). A month that cannot be read is
 * a problem document (400) with the reason in the reader's language.
 */
@Component(service = StatisticsApi.class, immediate = true)
@ModuleResource
@Path("api/training/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
public final class StatisticsApi {

    private final TrainingStatistics statistics;
    private final Messages messages;
    private final CentreZone zone;

    @Activate
    public StatisticsApi(@Reference TrainingStatistics statistics, @Reference Messages messages,
            @Reference CentreZone zone) {
        this.statistics = statistics;
        this.messages = messages;
        this.zone = zone;
    }

    @GET
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public TrainingReport report(@QueryParam("from") String from, @QueryParam("to") String to)
            throws SQLException {
        return statistics.report(from, to);
    }

    @GET
    @Path("sessions.csv")
    @Produces("text/csv")
    @Access(value = Audience.STAFF, roles = {Role.TRAINER, Role.SUPERVISOR})
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @Context Language language)
            throws SQLException {
        TrainingReport report = statistics.report(from, to);
        return Response.ok(StatisticsCsv.write(report, messages, language, zone.zone()), CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + StatisticsCsv.fileName(report) + "\"")
                .build();
    }
}
