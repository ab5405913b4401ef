package org.onestop.preexam.internal.request;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Move;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.onestop.preexam.internal.DocumentChoice;
import org.onestop.preexam.internal.DocumentKind;
import org.onestop.preexam.internal.FormProblems;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The applicant's steps on a request that need a page of their own: the correction (补正: the examiner's list of
 * problems above the upload of the corrected documents, at least one), the application number after
 * qualification, and the withdrawal, which asks for a confirmation the server checks. A refused step comes back with
 * each field's message once and nothing changed; a refused correction keeps the files it was sent.
 */
@Component(service = RequestSteps.class, immediate = true)
@ModuleResource
@Path("preexam/requests")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.INNOVATOR)
public final class RequestSteps {

    private final RequestDecisions decisions;
    private final Cases cases;
    private final Attachments attachments;
    private final Messages messages;

    @Activate
    public RequestSteps(@Reference RequestDecisions decisions, @Reference Cases cases,
            @Reference Attachments attachments, @Reference Messages messages) {
        this.decisions = decisions;
        this.cases = cases;
        this.attachments = attachments;
        this.messages = messages;
    }

    @GET
    @Path("{tracking}/correction")
    public View correction(@PathParam("tracking") String tracking, @Context Caller caller,
            @Context Language language) throws SQLException {
        RequestRecord request = decisions.request(tracking, caller);
        return correction(request, decisions.correctionProblems(tracking, caller), FormFiles.NONE, Map.of(), "", "",
                language);
    }

    @POST
    @Path("{tracking}/correction")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response correct(@PathParam("tracking") String tracking, FormParts parts, @Context Caller caller,
            @Context Language language) throws SQLException, IOException {
        RequestRecord request = decisions.request(tracking, caller);
        FormFiles files = FormFiles.of(parts).hold(DocumentKind.accepted(RequestDecisions.kinds(request)),
                attachments, caller);
        String note = parts.field("comment").orElse("");
        try {
            decisions.correct(tracking, files, note, caller, language);
            return Response.seeOther(URI.create("/requests/" + tracking + "?notice=moved")).build();
        } catch (CaseRefusal refusal) {
            return Response.status(refusal.status()).entity(correction(request,
                    decisions.correctionProblems(tracking, caller), files, refusal.fields(),
                    FormProblems.headline(refusal, null, messages, language), note, language)).build();
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
                    FormProblems.headline(refusal, null, messages, language), number == null ? "" : number)).build();
        }
    }

    @GET
    @Path("{tracking}/withdrawal")
    public View withdrawal(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return step("preexam/withdrawal", decisions.request(tracking, caller), Map.of(), "", "");
    }

    @POST
    @Path("{tracking}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("tracking") String tracking, @FormParam("comment") String comment,
            @FormParam("confirm") String confirm, @Context Caller caller, @Context Language language)
            throws SQLException {
        RequestRecord request = decisions.request(tracking, caller);
        String reason = comment == null ? "" : comment.strip();
        try {
            FormProblems problems = new FormProblems();
            if (reason.length() > RequestDecisions.TEXT_LENGTH) {
                problems.add("comment", "preexam.error.text.long", RequestDecisions.TEXT_LENGTH);
            }
            if (confirm == null || confirm.isBlank()) {
                problems.add("confirm", "preexam.error.confirm.withdraw");
            }
            if (!problems.isEmpty()) {
                throw problems.refusal(messages, language);
            }
            cases.move(tracking, Move.of(RequestWorkflow.WITHDRAW, reason.isEmpty() ? null : reason), caller);
            return Response.seeOther(URI.create("/requests/" + tracking + "?notice=moved")).build();
        } catch (CaseRefusal refusal) {
            return Response.status(refusal.status()).entity(step("preexam/withdrawal", request, refusal.fields(),
                    FormProblems.headline(refusal, null, messages, language), reason)).build();
        }
    }


    private View correction(RequestRecord request, String examinersProblems, FormFiles files,
            Map<String, String> errors, String problem, String note, Language language) {
        View view = step("preexam/correction", request, errors, problem, note);
        Map<String, Object> model = new HashMap<>(view.model());
        model.put("examinersProblems", examinersProblems);
        model.put("documents", RequestDecisions.kinds(request).stream().map(d -> DocumentChoice.of(d, false, language))
                .toList());
        model.put("held", files.held());
        return new View(view.template(), model);
    }

    private static View step(String template, RequestRecord request, Map<String, String> errors, String problem,
            String value) {
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("value", value);
        return new View(template, model);
    }
}
