package org.onestop.preexam.internal.request;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.DocumentChoice;
import org.onestop.preexam.internal.DocumentKind;
import org.onestop.preexam.internal.FormProblems;
import org.onestop.preexam.internal.rules.PatentType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
 * The pages of requests under {@code /preexam/requests}: the form to file one, the examiner's rejection with reasons,
 * and the qualification notice to download. The form first asks for the patent type ({@code new}), then shows the
 * form of that type ({@code new?type=design}): an invention's or utility model's IPC symbols and documents, a
 * design's Locarno class, product name, views and brief description. It works without script. A refused form
 * comes back with each field's problem shown once and nothing filed; the files it was sent are kept for the
 * applicant and shown as already attached, each of which may be replaced. Multipart forms carry their CSRF token
 * in the address. (The applicant's other steps are {@link RequestSteps}.)
 */
@Component(service = RequestPages.class, immediate = true)
@ModuleResource
@Path("preexam/requests")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.INNOVATOR)
public final class RequestPages {

    private final RequestIntake intake;
    private final RequestDecisions decisions;
    private final Centre centre;
    private final Messages messages;
    private final QualificationNotices notices;
    private final Attachments attachments;

    @Activate
    public RequestPages(@Reference RequestIntake intake, @Reference RequestDecisions decisions,
            @Reference Centre centre, @Reference Messages messages, @Reference QualificationNotices notices,
            @Reference Attachments attachments) {
        this.notices = notices;
        this.attachments = attachments;
        this.intake = intake;
        this.decisions = decisions;
        this.centre = centre;
        this.messages = messages;
    }

    @GET
    @Path("new")
    public View form(@QueryParam("type") String type, @Context Caller caller, @Context Language language)
            throws SQLException {
        String blocked = "";
        try {
            intake.mayFile(caller);
        } catch (CaseRefusal refusal) {
            blocked = messages.text(language, refusal.key(), refusal.arguments());
        }
        String chosen = PatentType.of(type == null ? "" : type.strip())
                .filter(centre.settings().patentTypes()::contains).map(PatentType::code).orElse("");
        return form(new RequestForm(chosen, "", "", "", "", "", "", "", false), FormFiles.NONE, Map.of(), "",
                blocked, language);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response file(FormParts parts, @Context Caller caller, @Context Language language)
            throws SQLException, IOException {
        RequestForm form = RequestForm.of(parts);
        String key = parts.field("idempotencyKey").map(String::strip).filter(k -> !k.isEmpty()).orElse(null);
        FormFiles files = FormFiles.of(parts).hold(DocumentKind.accepted(form.type().map(DocumentKind::of)
                .orElse(List.of())), attachments, caller);
        try {
            Receipt receipt = intake.file(caller, form, files, key, language);
            return Response.seeOther(URI.create("/preexam?filed=" + receipt.trackingNumber())).build();
        } catch (CaseRefusal refusal) {
            return Response.status(refusal.status()).entity(form(form, files, refusal.fields(),
                    FormProblems.headline(refusal, "preexam.error.formShort", messages, language), "", language))
                    .build();
        }
    }

    @GET
    @Path("{tracking}/rejection")
    @Access(value = Audience.STAFF, roles = Role.EXAMINER)
    public View rejection(@PathParam("tracking") String tracking, @Context Caller caller,
            @Context Language language) throws SQLException {
        return rejection(decisions.request(tracking, caller), List.of(), "", Map.of(), "", language);
    }

    @POST
    @Path("{tracking}/rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = Role.EXAMINER)
    public Response reject(@PathParam("tracking") String tracking, @FormParam("reasons") List<String> reasons,
            @FormParam("text") String text, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            decisions.reject(tracking, reasons, text, caller, language);
            return Response.seeOther(URI.create("/staff/cases/" + tracking + "?notice=moved")).build();
        } catch (CaseRefusal refusal) {
            return Response.status(refusal.status()).entity(rejection(decisions.request(tracking, caller),
                    reasons == null ? List.of() : reasons, text == null ? "" : text, refusal.fields(),
                    FormProblems.headline(refusal, null, messages, language), language)).build();
        }
    }

    @GET
    @Path("{tracking}/notice.pdf")
    @Produces("application/pdf")
    @Access(Audience.SIGNED_IN)
    public Response notice(@PathParam("tracking") String tracking, @Context Caller caller)
            throws SQLException, IOException {
        QualificationNotices.Issued issued = notices.notice(tracking, caller);
        return Response.ok(issued.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + issued.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }


    private View form(RequestForm form, FormFiles files, Map<String, String> errors, String problem,
            String blocked, Language language) {
        CentreSettings settings = centre.settings();
        PatentType type = form.type().filter(settings.patentTypes()::contains).orElse(null);
        return View.of("preexam/request-form", "form", form, "type", type == null ? "" : type.code(),
                "typeLabel", type == null ? "" : type.label().in(language), "design", type != null && type.design(),
                "errors", errors, "problem", problem, "blocked", blocked,
                "idempotencyKey", UUID.randomUUID().toString(),
                "types", settings.patentTypes().stream().map(t -> new Choice(t.code(), t.label().in(language),
                        t.design())).toList(),
                "documents", type == null ? List.of() : DocumentKind.of(type).stream()
                        .map(d -> DocumentChoice.of(d, d.requiredFor(type), language)).toList(),
                "held", files.held(), "fields", settings.fields().toString(),
                "designClasses", settings.designScope().toString());
    }

    private View rejection(RequestRecord request, List<String> chosen, String text, Map<String, String> errors,
            String problem, Language language) {
        return View.of("preexam/rejection", "request", request, "chosen", chosen, "text", text, "errors", errors,
                "problem", problem, "reasons", Arrays.stream(RejectionReason.values())
                        .map(r -> new Choice(r.code(), r.label().in(language), false)).toList());
    }

    /**
     * A choice of a form in the reader's language.
     *
     * @param code  what the form sends
     * @param label what the reader sees
     * @param flag  for patent types, whether it is a design
     */
    public record Choice(String code, String label, boolean flag) {
    }
}
