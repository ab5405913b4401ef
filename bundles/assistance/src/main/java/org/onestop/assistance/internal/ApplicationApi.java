package org.onestop.assistance.internal;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.onestop.api.module.Refusal;
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
 * {@code /api/assistance/…}: the lists the form offers; innovators save drafts and submit applications
 * ({@code multipart/form-data}: the fields of {@link Application}, {@code assistance} once per kind asked for,
 * evidence files in {@code evidence}, and {@code draftId} to submit or replace a draft), and read their
 * applications; assistance officers refuse with reasons and assign experts of the pool to an application in
 * handling ({@code applications/{tracking}/experts}, with the expert's conflict-of-interest declaration).
 * Accepting, taking into handling and asking for or sending supplements are the platform's moves
 * ({@code POST /api/cases/{trackingNumber}/moves}).
 */
@Component(service = ApplicationApi.class, immediate = true)
@ModuleResource
@Path("api/assistance")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.INNOVATOR)
public final class ApplicationApi {

    /** What the applicant is told once the application is stored. */
    public record ApplicationReceipt(String trackingNumber, String status, Instant openedAt) {
    }

    /** An officer's assignment of an expert, with the expert's conflict-of-interest declaration. */
    public record Assigning(Long expertId, String conflict, String conflictText, String overrideReason) {
    }

    /** An officer's refusal: reason codes from the list and an explanation. */
    public record Refusing(List<String> reasons, String text) {
    }

    private final ApplicationIntake intake;
    private final AcceptanceReview review;
    private final ExpertAssignment assignment;
    private final Messages messages;

    @Activate
    public ApplicationApi(@Reference ApplicationIntake intake, @Reference AcceptanceReview review,
            @Reference ExpertAssignment assignment, @Reference Messages messages) {
        this.assignment = assignment;
        this.intake = intake;
        this.review = review;
        this.messages = messages;
    }

    /** Every list of the form: code and words in the reader's language, by list. */
    @GET
    @Path("choices")
    @Access(Audience.ANYONE)
    public Map<String, List<Map<String, String>>> choices(@Context Language language) {
        Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();
        lists.put("businessTypes", listed(BusinessType.values(), language));
        lists.put("rightTypes", listed(RightType.values(), language));
        lists.put("venues", listed(Venue.values(), language));
        lists.put("assistance", listed(AssistanceSought.values(), language));
        lists.put("refusalReasons", listed(RefusalReason.values(), language));
        return lists;
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(Audience.INNOVATOR)
    public Response submit(FormParts form, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context Caller caller) throws SQLException, IOException {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        Receipt receipt = intake.submit(Application.of(form), FormFiles.of(form),
                draftId(form), key, caller);
        ApplicationReceipt body = new ApplicationReceipt(receipt.trackingNumber(), receipt.status(),
                receipt.openedAt());
        return receipt.replayed() ? Response.ok(body).build()
                : Response.created(URI.create("/api/assistance/applications/" + receipt.trackingNumber()))
                        .entity(body).build();
    }

    @GET
    @Path("applications/{tracking}")
    @Access(Audience.SIGNED_IN)
    public ApplicationRecord application(@PathParam("tracking") String tracking, @Context Caller caller)
            throws SQLException {
        return intake.application(tracking, caller);
    }

    @POST
    @Path("applications/{tracking}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = Role.ASSISTANCE_OFFICER)
    public ApplicationRecord refuse(@PathParam("tracking") String tracking, Refusing body, @Context Caller caller)
            throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("assistance.error.body");
        }
        review.refuse(tracking, body.reasons(), body.text(), caller);
        return intake.application(tracking, caller);
    }

    @GET
    @Path("applications/{tracking}/experts")
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public List<ExpertPool.Assignment> assignments(@PathParam("tracking") String tracking, @Context Caller caller)
            throws SQLException {
        return assignment.assignments(tracking, caller);
    }

    @POST
    @Path("applications/{tracking}/experts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Audience.STAFF, roles = {Role.ASSISTANCE_OFFICER, Role.SUPERVISOR})
    public List<ExpertPool.Assignment> assign(@PathParam("tracking") String tracking, Assigning body,
            @Context Caller caller) throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("assistance.error.body");
        }
        assignment.assign(tracking, body.expertId(), new ConflictDeclaration(body.conflict(), body.conflictText(),
                body.overrideReason()), caller);
        return assignment.assignments(tracking, caller);
    }

    @POST
    @Path("drafts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(Audience.INNOVATOR)
    public Response save(FormParts form, @Context Caller caller) throws SQLException, IOException {
        Long draftId = draftId(form);
        ApplicationIntake.SavedDraft saved = intake.save(Application.of(form), FormFiles.of(form), draftId, caller);
        return draftId == null
                ? Response.created(URI.create("/api/assistance/drafts/" + saved.id())).entity(saved).build()
                : Response.ok(saved).build();
    }

    @GET
    @Path("drafts/{id}")
    @Access(Audience.INNOVATOR)
    public ApplicationIntake.SavedDraft draft(@PathParam("id") long id, @Context Caller caller) throws SQLException {
        return intake.read(id, caller);
    }

    /** The form's {@code draftId}, or null; 400 when it is not a number. */
    static Long draftId(FormParts form) {
        String typed = form.field("draftId").map(String::strip).orElse("");
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(typed);
        } catch (NumberFormatException e) {
            throw Refusal.badRequest("assistance.error.draftId");
        }
    }

    private <T extends Choice> List<Map<String, String>> listed(T[] entries, Language language) {
        return Arrays.stream(entries).map(c -> Map.of("code", c.code(), "label", messages.text(language, c.key())))
                .toList();
    }
}
