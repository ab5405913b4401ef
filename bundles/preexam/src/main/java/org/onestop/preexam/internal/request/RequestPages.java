package org.onestop.preexam.internal.request;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ServiceModule;
import org.onestop.api.view.View;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.notice.NoticeIssuer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The pages of requests under {@code /preexam/requests}: the form to file one (with the five documents), and the
 * pages of the moves that need more than a comment — the examiner's rejection with reasons, the applicant's
 * corrected documents and application number — and the qualification notice to download. A refused form comes back with each field's problem and nothing
 * stored; files must then be chosen again. Multipart forms carry their CSRF token in the address.
 */
@Component(service = RequestPages.class, immediate = true)
@JakartarsResource
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@Path("preexam/requests")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.INNOVATOR)
public final class RequestPages {

    private final RequestIntake intake;
    private final RequestDecisions decisions;
    private final Centre centre;
    private final Messages messages;
    private final NoticeIssuer notices;

    @Activate
    public RequestPages(@Reference RequestIntake intake, @Reference RequestDecisions decisions,
            @Reference Centre centre, @Reference Messages messages, @Reference NoticeIssuer notices) {
        this.notices = notices;
        this.intake = intake;
        this.decisions = decisions;
        this.centre = centre;
        this.messages = messages;
    }

    @GET
    @Path("new")
    public View form(@Context Caller caller, @Context Language language) throws SQLException {
        String blocked = "";
        try {
            intake.mayFile(caller);
        } catch (CaseRefusal refusal) {
            blocked = messages.text(language, refusal.key(), refusal.arguments());
        }
        return form(new RequestForm("invention", "", "", "", "", "", "", false), Map.of(), "", blocked, language);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response file(FormParts parts, @Context Caller caller, @Context Language language)
            throws SQLException, IOException {
        RequestForm form = RequestForm.of(parts);
        String key = parts.field("idempotencyKey").map(String::strip).filter(k -> !k.isEmpty()).orElse(null);
        try {
            Receipt receipt = intake.file(caller, form, parts, key, language);
            return Response.seeOther(URI.create("/preexam?filed=" + receipt.trackingNumber())).build();
        } catch (CaseRefusal refusal) {
            return Response.status(refusal.status()).entity(form(form, refusal.fields(),
                    messages.text(language, refusal.fields().size() > 1 ? "preexam.error.formShort" : refusal.key(),
                            refusal.arguments()), "", language)).build();
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
                    messages.text(language, refusal.key(), refusal.arguments()), language)).build();
        }
    }

    @GET
    @Path("{tracking}/correction")
    public View correction(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return step("preexam/correction", decisions.request(tracking, caller), Map.of(), "", "");
    }

    @POST
    @Path("{tracking}/correction")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response correct(@PathParam("tracking") String tracking, FormParts parts, @Context Caller caller,
            @Context Language language) throws SQLException, IOException {
        try {
            decisions.correct(tracking, parts, caller, language);
            return Response.seeOther(URI.create("/requests/" + tracking + "?notice=moved")).build();
        } catch (CaseRefusal refusal) {
            return Response.status(refusal.status()).entity(step("preexam/correction",
                    decisions.request(tracking, caller), refusal.fields(),
                    messages.text(language, refusal.key(), refusal.arguments()),
                    parts.field("comment").orElse(""))).build();
        }
    }

    @GET
    @Path("{tracking}/filing")
    public View filing(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return step("preexam/filing", decisions.request(tracking, caller), Map.of(), "", "");
    }

    @POST
    @Path("{tracking}/filing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordFiling(@PathParam("tracking") String tracking,
            @FormParam("applicationNumber") String number, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            decisions.recordFiling(tracking, number, caller, language);
            return Response.seeOther(URI.create("/requests/" + tracking + "?notice=moved")).build();
        } catch (CaseRefusal refusal) {
            return Response.status(refusal.status()).entity(step("preexam/filing",
                    decisions.request(tracking, caller), refusal.fields(),
                    messages.text(language, refusal.key(), refusal.arguments()), number == null ? "" : number))
                    .build();
        }
    }

    @GET
    @Path("{tracking}/notice.pdf")
    @Produces("application/pdf")
    @Access(Audience.SIGNED_IN)
    public Response notice(@PathParam("tracking") String tracking, @Context Caller caller)
            throws SQLException, IOException {
        NoticeIssuer.Issued issued = notices.notice(tracking, caller);
        return Response.ok(issued.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + issued.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private View form(RequestForm form, Map<String, String> errors, String problem, String blocked,
            Language language) {
        CentreSettings settings = centre.settings();
        return View.of("preexam/request-form", "form", form, "errors", errors, "problem", problem,
                "blocked", blocked, "idempotencyKey", UUID.randomUUID().toString(),
                "types", settings.patentTypes().stream().map(t -> new Choice(t.code(), t.label().in(language),
                        t.drawingsRequired())).toList(),
                "documents", Arrays.stream(DocumentKind.values()).map(d -> new Choice(d.field(),
                        d.label().in(language), d == DocumentKind.DRAWINGS)).toList(),
                "fields", settings.fields().toString());
    }

    private View rejection(RequestRecord request, List<String> chosen, String text, Map<String, String> errors,
            String problem, Language language) {
        return View.of("preexam/rejection", "request", request, "chosen", chosen, "text", text, "errors", errors,
                "problem", problem, "reasons", Arrays.stream(RejectionReason.values())
                        .map(r -> new Choice(r.code(), r.label().in(language), false)).toList());
    }

    private static View step(String template, RequestRecord request, Map<String, String> errors, String problem,
            String value) {
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("value", value);
        model.put("documents", Arrays.stream(DocumentKind.values()).map(d -> d.field()).toList());
        return new View(template, model);
    }

    /**
     * A choice of a form in the reader's language.
     *
     * @param code  what the form sends
     * @param label what the reader sees
     * @param flag  for patent types, whether drawings are required; for documents, whether optional for some types
     */
    public record Choice(String code, String label, boolean flag) {
    }
}
