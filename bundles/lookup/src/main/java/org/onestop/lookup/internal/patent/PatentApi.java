package org.onestop.lookup.internal.patent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.PublicAnswer;
import org.onestop.api.module.Refusal;
import org.onestop.lookup.internal.LookupConfig;
import org.onestop.lookup.internal.Stewardship;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
 * Patents as JSON under {@code /api/lookup/patents}: search with facets, one record by any form of its number, the
 * CSV export of a search (public); imports of USPTO XML and CSV files, their progress, and the index rebuild
 * (staff).
 */
@Component(service = PatentApi.class, immediate = true, configurationPid = LookupConfig.PID)
@ModuleResource
@Path("api/lookup/patents")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class PatentApi {

    /** Imports the list of recent imports shows. */
    static final int RECENT = 20;

    private final PatentCatalogue catalogue;
    private final Stewardship stewardship;
    private final Messages messages;
    private final int exportLimit;
    private final long maxUploadBytes;

    @Activate
    public PatentApi(@Reference PatentCatalogue catalogue, @Reference Stewardship stewardship,
            @Reference Messages messages, LookupConfig config) {
        this.catalogue = catalogue;
        this.stewardship = stewardship;
        this.messages = messages;
        this.exportLimit = Math.max(1, config.export_limit());
        this.maxUploadBytes = Math.max(1, config.import_maxMegabytes()) * 1024L * 1024L;
    }

    @GET
    @PublicAnswer
    @Access(Audience.ANYONE)
    public PatentHits search(@QueryParam("q") String q, @QueryParam("number") String number,
            @QueryParam("applicant") String applicant, @QueryParam("inventor") String inventor,
            @QueryParam("ipc") String ipc, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("section") String section, @QueryParam("year") String year, @QueryParam("type") String type,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context Language language) throws IOException {
        return catalogue.search(PatentQuery.parse(q, number, applicant, inventor, ipc, from, to, section, year,
                type, sort, page, size));
    }

    @GET
    @PublicAnswer
    @Path("{number}")
    @Access(Audience.ANYONE)
    public PatentRecord patent(@PathParam("number") String number, @Context Language language)
            throws IOException, SQLException {
        return catalogue.get(number).orElseThrow(() -> new NotFoundException(
                messages.text(language, "lookup.error.noPatent", number)));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Access(Audience.ANYONE)
    public Response export(@QueryParam("q") String q, @QueryParam("number") String number,
            @QueryParam("applicant") String applicant, @QueryParam("inventor") String inventor,
            @QueryParam("ipc") String ipc, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("section") String section, @QueryParam("year") String year, @QueryParam("type") String type,
            @QueryParam("sort") String sort, @Context Language language) throws IOException, SQLException {
        List<PatentRecord> records;
        long total;
        PatentQuery query = PatentQuery.parse(q, number, applicant, inventor, ipc, from, to, section, year, type,
                sort, null, null);
        total = catalogue.search(query.onPage(1, 1)).total();
        records = catalogue.export(query, exportLimit);
        StreamingOutput body = out -> PatentCsv.write(records, out);
        return Response.ok(body, CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"patents.csv\"")
                .header("X-Total-Count", total).header("X-Exported-Count", records.size()).build();
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public Response startImport(@QueryParam("name") String name, @QueryParam("format") String format,
            InputStream body, @Context Language language, @Context Caller caller) throws IOException, SQLException {
        String fileName = name == null || name.isBlank() ? "upload" : name.strip();
        if (fileName.length() > 200) {
            throw Refusal.badRequest("lookup.error.tooLong", new Refusal.Term("lookup.import.file"), 200);
        }
        ImportFormat kind = ImportFormat.of(format, fileName).orElseThrow(() -> Refusal.badRequest(
                "lookup.error.format", format == null ? fileName : format));
        java.nio.file.Path upload = catalogue.newUpload();
        try {
            copy(body, upload);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
        ImportJob job = catalogue.submit(fileName, kind, upload, stewardship.by(caller));
        return Response.accepted(ImportReport.of(job, messages, language))
                .location(URI.create("/api/lookup/patents/imports/" + job.id())).build();
    }

    private void copy(InputStream body, java.nio.file.Path upload) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(upload)) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                total += n;
                if (total > maxUploadBytes) {
                    throw new Refusal(413, "lookup.error.tooLarge", maxUploadBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw Refusal.badRequest("lookup.error.emptyUpload");
        }
    }

    @GET
    @Path("imports")
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public List<ImportReport> imports(@Context Language language) throws SQLException {
        return catalogue.recent(RECENT, messages, language);
    }

    @GET
    @Path("imports/{id}")
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public ImportReport importJob(@PathParam("id") String id, @Context Language language) throws SQLException {
        Optional<ImportReport> report = id.matches("[0-9]{1,9}")
                ? catalogue.report(Integer.parseInt(id), messages, language) : Optional.empty();
        return report.orElseThrow(() -> new NotFoundException(messages.text(language, "lookup.error.noImport",
                id.length() > 20 ? id.substring(0, 20) + "…" : id)));
    }

    @GET
    @Path("index")
    @Access(Audience.ANYONE)
    public IndexStatus index() {
        return catalogue.status();
    }

    @POST
    @Path("index/rebuild")
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public Response rebuild(@Context Caller caller) throws SQLException {
        stewardship.audit(caller, "lookup.patents.index.rebuild", "patent-index", catalogue.status().total()
                + " records");
        catalogue.rebuild();
        return Response.accepted(catalogue.status()).build();
    }
}
