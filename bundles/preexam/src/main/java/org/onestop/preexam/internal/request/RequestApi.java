package org.onestop.preexam.internal.request;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.preexam.internal.DocumentKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/preexam/requests}: innovators file requests ({@code multipart/form-data}: the fields of
 * {@link RequestForm}, the documents as files named after {@link DocumentKind}, or as the ids of files uploaded
 * before in {@code held.<document>} fields, see {@link FormFiles}), read them, upload corrected
 * documents and record the application number; examiners reject with reasons. The other moves are the platform's
 * ({@code POST /api/cases/{trackingNumber}/moves}).
 */
@Component(service = RequestApi.class, immediate = true)
@ModuleResource
@Path("api/preexam/requests")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class RequestApi {

    /** What the applicant is told once the request is stored. */
    public record RequestReceipt(String trackingNumber, String status, Instant openedAt) {
    }

    /** An examiner's rejection: reason codes from the list and an explanation. */
    public record Rejection(List<String> reasons, String text) {
    }

    /** The patent office's application number of a qualified request. */
    public record Filing(String applicationNumber) {
    }

    private final RequestIntake intake;
    private final RequestDecisions decisions;

    @Activate
    public RequestApi(@Reference RequestIntake intake, @Reference RequestDecisions decisions) {
        this.intake = intake;
        this.decisions = decisions;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response file(FormParts form, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context Caller caller, @Context Language language) throws SQLException, IOException {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        Receipt receipt = intake.file(caller, RequestForm.of(form), FormFiles.of(form), key, language);
        RequestReceipt body = new RequestReceipt(receipt.trackingNumber(), receipt.status(), receipt.openedAt());
        return receipt.replayed() ? Response.ok(body).build()
                : Response.created(URI.create("/api/preexam/requests/" + receipt.trackingNumber())).entity(body)
                        .build();
    }

    @GET
    @Path("{tracking}")
    @Access(Audience.SIGNED_IN)
    public RequestRecord request(@PathParam("tracking") String tracking, @Context Caller caller)
            throws SQLException {
        return decisions.request(tracking, caller);
    }

    @POST
    @Path("{tracking}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = Role.EXAMINER)
    public RequestRecord reject(@PathParam("tracking") String tracking, Rejection rejection,
            @Context Caller caller, @Context Language language) throws SQLException {
        if (rejection == null) {
            throw new CaseRefusal(400, "preexam.error.body.rejection");
        }
        decisions.reject(tracking, rejection.reasons(), rejection.text(), caller, language);
        return decisions.request(tracking, caller);
    }

    @POST
    @Path("{tracking}/correction")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RequestRecord correct(@PathParam("tracking") String tracking, FormParts form, @Context Caller caller,
            @Context Language language) throws SQLException, IOException {
        decisions.correct(tracking, FormFiles.of(form), form.field("comment").orElse(""), caller, language);
        return decisions.request(tracking, caller);
    }

    @POST
    @Path("{tracking}/filing")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestRecord recordFiling(@PathParam("tracking") String tracking, Filing filing,
            @Context Caller caller, @Context Language language) throws SQLException {
        decisions.recordFiling(tracking, filing == null ? null : filing.applicationNumber(), caller, language);
        return decisions.request(tracking, caller);
    }

    /** The codes and labels of the rejection reasons, for clients that build their own forms. */
    @GET
    @Path("rejection-reasons")
    @Access(Audience.STAFF)
    public List<Map<String, String>> reasons(@Context Language language) {
        return java.util.Arrays.stream(RejectionReason.values())
                .map(r -> Map.of("code", r.code(), "label", r.label().in(language))).toList();
    }
}
