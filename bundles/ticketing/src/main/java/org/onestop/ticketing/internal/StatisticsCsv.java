package org.onestop.ticketing.internal;

import static org.onestop.api.statistics.StatisticsSheet.average;
import static org.onestop.api.statistics.StatisticsSheet.count;

import java.io.IOException;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.statistics.StatisticsSheet;
import org.onestop.ticketing.internal.HallReport.AppointmentGroup;
import org.onestop.ticketing.internal.HallReport.Appointments;
import org.onestop.ticketing.internal.HallReport.Figures;
import org.onestop.ticketing.internal.HallReport.Group;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * The hall's statistics as a CSV file a spreadsheet opens as it is, for supervisors:
 * {@code GET /ticketing/statistics.csv?from=yyyy-MM&to=yyyy-MM} (the SDK's {@link StatisticsSheet}: UTF-8 with a byte
 * order mark, the safe-cell rule; minutes with one decimal). The period, the time of reading (in the centre's zone,
 * named) and the overall figures first, then one section per breakdown with its own header row, then the
 * appointments. Texts in the reader's language.
 */
@Component(service = StatisticsCsv.class, immediate = true)
@ModuleResource
@Path("ticketing/statistics.csv")
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class StatisticsCsv {

    private static final String KEY = "ticketing.statistics.";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HallStatistics statistics;
    private final HallHours hours;
    private final Messages messages;

    @Activate
    public StatisticsCsv(@Reference HallStatistics statistics, @Reference HallHours hours,
            @Reference Messages messages) {
        this.statistics = statistics;
        this.hours = hours;
        this.messages = messages;
    }

    /** Answers whatever the client accepts (a browser's download link asks for a page first): the file. */
    @GET
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @Context Language language)
            throws SQLException {
        HallReport report = statistics.report(from, to);
        return Response.ok(write(report, messages, language, hours.zone()), CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + StatisticsSheet.fileName(
                        HallStatistics.MODULE, report.from(), report.to()) + "\"")
                .build();
    }

    /** The file's bytes. */
    static byte[] write(HallReport report, Messages messages, Language language, ZoneId zone) {
        return StatisticsSheet.bytes(out -> new Sheet(messages, language, zone, out).text(report));
    }

    /** One file being written. */
    private static final class Sheet {
        private final Messages messages;
        private final Language language;
        private final ZoneId zone;
        private final CsvWriter out;

        Sheet(Messages messages, Language language, ZoneId zone, CsvWriter out) {
            this.messages = messages;
            this.language = language;
            this.zone = zone;
            this.out = out;
        }

        void text(HallReport report) throws IOException {
            out.row(t("title"));
            out.row(t("period"), report.from(), report.to());
            out.row(messages.text(language, KEY + "asOfIn",
                    StatisticsSheet.zoneName(messages, language, zone)), MINUTE.format(report.asOf().atZone(zone)));
            out.blankLine();
            Figures total = report.total();
            out.row(t("figure"), t("value"));
            out.row(t("tickets"), count(total.tickets()));
            out.row(t("served"), count(total.served()));
            out.row(t("noShows"), count(total.noShows()));
            out.row(t("cancelled"), count(total.cancelled()));
            out.row(t("transferred"), count(total.transferred()));
            out.row(t("waitAverage"), average(total.waits().average()));
            out.row(t("waitMedian"), average(total.waits().median()));
            out.row(t("waitP90"), average(total.waits().p90()));
            out.row(t("serviceAverage"), average(total.service().average()));
            out.row(t("serviceMedian"), average(total.service().median()));
            out.row(t("serviceP90"), average(total.service().p90()));
            section(t("dimension.service"), report.byService());
            section(t("dimension.counter"), report.byCounter());
            section(t("dimension.clerk"), report.byClerk());
            section(t("dimension.hour"), report.byHour());
            out.blankLine();
            out.row(t("appointments"), t("key"), t("label"), t("booked"), t("checkedIn"), t("missed"),
                    t("appointmentsCancelled"), t("rebooked"));
            Appointments all = report.appointments();
            out.row(t("summary"), "", "", count(all.booked()), count(all.checkedIn()), count(all.missed()),
                    count(all.cancelled()), count(all.rebooked()));
            for (AppointmentGroup g : report.appointmentsByService()) {
                Appointments a = g.appointments();
                out.row(t("dimension.service"), g.key(), g.label().in(language), count(a.booked()),
                        count(a.checkedIn()), count(a.missed()), count(a.cancelled()), count(a.rebooked()));
            }
        }

        private void section(String dimension, List<Group> groups) throws IOException {
            out.blankLine();
            out.row(t("dimension"), t("key"), t("label"), t("tickets"), t("served"), t("noShows"), t("cancelled"),
                    t("transferred"), t("waitAverage"), t("waitMedian"), t("waitP90"), t("serviceAverage"),
                    t("serviceMedian"), t("serviceP90"));
            for (Group g : groups) {
                Figures f = g.figures();
                out.row(dimension, g.key(), g.label().in(language), count(f.tickets()), count(f.served()),
                        count(f.noShows()), count(f.cancelled()), count(f.transferred()), average(f.waits().average()),
                        average(f.waits().median()), average(f.waits().p90()), average(f.service().average()),
                        average(f.service().median()), average(f.service().p90()));
            }
        }

        private String t(String key) {
            return messages.text(language, KEY + key);
        }
    }
}
