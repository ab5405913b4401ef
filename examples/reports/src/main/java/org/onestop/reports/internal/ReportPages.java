package org.onestop.reports.internal;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.FileType;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Receipt;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The pages of infringement reports: {@code /reports}, what the service is and, for innovators, the form (a
 * multipart form whose CSRF token travels in the action's address, with an idempotency key of its own so that sending
 * it twice files one report); and {@code /reports/<tracking number>}, where the reporter follows the report. A form
 * that is refused comes back with each field's problem in place and the evidence it was sent held for the reporter
 * (shown as attached and sent again with the form); a filed form leads to the report's page, which acknowledges it
 * with its tracking number.
 */
@Component(service = ReportPages.class, immediate = true)
@ModuleResource
@Path("reports")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class ReportPages {

    /** The kinds of evidence file taken: documents and screenshots or photographs. */
    static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.PDF, FileType.PNG, FileType.JPEG);

    private final ReportIntake intake;
    private final Attachments attachments;
    private final WorkingCalendar calendar;
    private final Messages messages;

    @Activate
    public ReportPages(@Reference ReportIntake intake, @Reference Attachments attachments,
            @Reference WorkingCalendar calendar, @Reference Messages messages) {
        this.intake = intake;
        this.attachments = attachments;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View page(@Context Caller caller) {
        return form(Report.blank(), UUID.randomUUID().toString(), List.of(), Map.of(), null, caller);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(Audience.INNOVATOR)
    public Response file(FormParts parts, @Context Caller caller, @Context Language language)
            throws SQLException, IOException {
        Report report = Report.of(parts);
        String key = parts.field("idempotencyKey").map(String::strip).filter(k -> !k.isEmpty())
                .orElseGet(() -> UUID.randomUUID().toString());
        // the files are stored for the reporter first: kept with the form if it comes back, attached if it is filed
        FormFiles evidence = FormFiles.of(parts).hold(Map.of(ReportIntake.EVIDENCE, EVIDENCE_TYPES), attachments,
                caller);
        List<FormFiles.Held> held = evidence.held(ReportIntake.EVIDENCE);
        var refusedFile = evidence.refusal(ReportIntake.EVIDENCE);
        try {
            if (refusedFile.isPresent()) {
                throw refusedFile.get();
            }
            Receipt receipt = intake.file(report, held.stream().map(FormFiles.Held::id).toList(), key, caller);
            return Response.seeOther(URI.create("/reports/" + receipt.trackingNumber() + "?filed=1")).build();
        } catch (Refusal refusal) {
            Map<String, String> errors = new LinkedHashMap<>();
            report.problems().forEach((field, problem) -> errors.put(field, messages.text(language, problem)));
            if (refusedFile.isPresent()) {
                errors.put(ReportIntake.EVIDENCE, refusedFile.get().text(messages, language));
            } else {
                refusal.fields().forEach((field, problem) -> errors.putIfAbsent(field,
                        messages.text(language, problem)));
            }
            String problem = errors.isEmpty() ? refusal.text(messages, language)
                    : messages.text(language, "reports.error.form");
            int status = refusedFile.isPresent() || errors.isEmpty() ? refusal.status() : 422;
            View page = form(report, key, held, errors, problem, caller);
            return Response.status(status).entity(page).build();
        }
    }

    @GET
    @Path("{tracking}")
    @Access(Audience.SIGNED_IN)
    public View progress(@PathParam("tracking") String tracking, @QueryParam("filed") String filed,
            @Context Caller caller, @Context Language language) throws SQLException {
        return View.of("reports/progress", "progress", intake.progress(tracking, caller, language), "filed",
                filed != null, "reporter", caller.innovator());
    }

    private View form(Report report, String key, List<FormFiles.Held> held, Map<String, String> errors,
            String problem, Caller caller) {
        return View.of("reports/form", "report", report, "idempotencyKey", key, "held", held, "errors", errors,
                "problem", problem, "innovator", caller.innovator(), "signedIn", caller.signedIn(),
                "rights", List.of(InfringedRight.values()), "mostFiles", ReportIntake.MOST_FILES,
                "checkedBy", ReportWorkflow.checkedBy(calendar));
    }
}
