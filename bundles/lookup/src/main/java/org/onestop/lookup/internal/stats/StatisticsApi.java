package org.onestop.lookup.internal.stats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.lookup.internal.Stewardship;
import org.onestop.lookup.internal.patent.ImportReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * IP statistics as JSON and CSV: {@code GET /api/lookup/indicators} (indicators with their values and targets,
 * for the dashboard's charts) and {@code GET /api/lookup/indicators/export} for everyone; staff add a value
 * ({@code POST /api/lookup/indicators/values}) and import a CSV file ({@code POST /api/lookup/indicators/import}).
 */
@Component(service = StatisticsApi.class, immediate = true)
@ModuleResource
@Path("api/lookup/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class StatisticsApi {

    /** What a CSV import stored and which lines it refused. */
    public record ImportResult(int stored, int refused, List<ImportReport.Problem> problems) {
    }

    /** The largest CSV file of indicator values an import takes. */
    static final int LARGEST_IMPORT = 5 * 1024 * 1024;

    private final IndicatorStore store;
    private final Stewardship stewardship;
    private final Messages messages;

    @Activate
    public StatisticsApi(@Reference IndicatorStore store, @Reference Stewardship stewardship,
            @Reference Messages messages) {
        this.store = store;
        this.stewardship = stewardship;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public List<Indicator> indicators() throws SQLException {
        return store.indicators();
    }

    @GET
    @Path("{code: [a-z0-9_]{1,100}}")
    @Access(Audience.ANYONE)
    public Indicator indicator(@PathParam("code") String code, @Context Language language) throws SQLException {
        return store.indicator(code).orElseThrow(() -> new NotFoundException(
                messages.text(language, "lookup.stats.error.none", code)));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Access(Audience.ANYONE)
    public Response export() throws SQLException {
        List<IndicatorValue> values = store.all();
        StreamingOutput body = out -> IndicatorCsv.write(values, out);
        return Response.ok(body, CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"ip-indicators.csv\"").build();
    }

    @POST
    @Path("values")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public Response add(IndicatorForm form, @Context Language language, @Context Caller caller)
            throws SQLException {
        if (form == null) {
            throw new BadRequestException(messages.text(language, "lookup.stats.error.body"));
        }
        String problem = form.problem();
        if (problem != null) {
            throw new BadRequestException(messages.text(language, problem, form.argument(problem)));
        }
        IndicatorValue value = form.toValue();
        store.put(List.of(value), stewardship.by(caller), "lookup.indicator.stored", "indicator:" + value.code());
        return Response.created(URI.create("/api/lookup/indicators")).entity(value).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public ImportResult importCsv(@QueryParam("name") String name, InputStream body, @Context Language language,
            @Context Caller caller) throws IOException, SQLException {
        String file = name == null || name.isBlank() ? "indicators.csv" : name.strip();
        if (file.length() > 200) {
            throw Refusal.badRequest("lookup.error.tooLong", new Refusal.Term("lookup.import.file"), 200);
        }
        byte[] csv = body.readNBytes(LARGEST_IMPORT + 1);
        if (csv.length > LARGEST_IMPORT) {
            throw new Refusal(413, "lookup.error.tooLarge", LARGEST_IMPORT / (1024 * 1024));
        }
        IndicatorCsv.Read read = IndicatorCsv.read(file, new ByteArrayInputStream(csv));
        store.put(read.values(), stewardship.by(caller), "lookup.indicators.imported", "file:" + file);
        return new ImportResult(read.values().size(), read.problems().size(), read.problems().stream()
                .map(p -> ImportReport.Problem.of(p, false, messages, language)).toList());
    }
}
