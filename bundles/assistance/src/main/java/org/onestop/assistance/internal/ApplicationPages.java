package org.onestop.assistance.internal;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.Receipt;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
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
 * The pages under {@code /assistance}: what the service is, the applicant's drafts and the receipt of a submission;
 * the application form ({@code apply}, or {@code apply?draft=<id>} to go on with a draft), which saves a draft or
 * submits (no script needed; its CSRF token travels in the action's address); and the officer's refusal with
 * reasons. A refused form comes back with each field's problem in place and the evidence it was sent held for the
 * applicant (shown as attached, sent again with the form); the evidence a draft holds is counted.
 */
@Component(service = ApplicationPages.class, immediate = true, configurationPid = AssistanceConfig.PID)
@ModuleResource
@Path("assistance")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class ApplicationPages {

    private final ApplicationIntake intake;
    private final AcceptanceReview review;
    private final WorkingCalendar calendar;
    private final Messages messages;
    private final int acceptanceDays;

    @Activate
    public ApplicationPages(@Reference ApplicationIntake intake, @Reference AcceptanceReview review,
            @Reference WorkingCalendar calendar, @Reference Messages messages, AssistanceConfig config) {
        this.acceptanceDays = Math.max(1, config.acceptance_days());
        this.intake = intake;
        this.review = review;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View home(@QueryParam("submitted") String submitted, @Context Caller caller) throws SQLException {
        ApplicationRecord receipt = null;
        if (submitted != null && caller.innovator()) {
            try {
                receipt = intake.application(submitted, caller);
            } catch (Refusal notYours) {
                receipt = null;
            }
        }
        boolean worksApplications = caller.staff()
                && (caller.has(Role.ASSISTANCE_OFFICER) || caller.has(Role.SUPERVISOR));
        return View.of("assistance/home", "innovator", caller.innovator(), "signedIn", caller.signedIn(),
                "worksApplications", worksApplications,
                "supervisor", caller.staff() && caller.has(Role.SUPERVISOR),
                "drafts", caller.innovator() ? intake.drafts(caller) : List.of(), "receipt", receipt,
                "acceptanceDays", acceptanceDays, "decidedBy",
                calendar.addWorkingDays(calendar.today(), acceptanceDays));
    }

    @GET
    @Path("apply")
    @Access(Audience.INNOVATOR)
    public View form(@QueryParam("draft") Long draft, @QueryParam("saved") String saved, @Context Caller caller)
            throws SQLException {
        if (draft == null) {
            return form(Application.blank(), null, 0, List.of(), Map.of(), null, saved != null, caller);
        }
        ApplicationIntake.SavedDraft read = intake.read(draft, caller);
        return form(read.application(), read.id(), read.evidenceFiles(), List.of(), Map.of(), null, saved != null,
                caller);
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Access(Audience.INNOVATOR)
    public Response apply(FormParts parts, @Context Caller caller, @Context Language language)
            throws SQLException, IOException {
        Application application = Application.of(parts);
        FormFiles evidence = FormFiles.of(parts);
        Long draftId = ApplicationApi.draftId(parts);
        String key = parts.field("idempotencyKey").map(String::strip).filter(k -> !k.isEmpty())
                .orElseGet(() -> UUID.randomUUID().toString());
        try {
            if ("save".equals(parts.field("action").orElse(""))) {
                ApplicationIntake.SavedDraft saved = intake.save(application, evidence, draftId, caller);
                return Response.seeOther(URI.create("/assistance/apply?draft=" + saved.id() + "&saved=1")).build();
            }
            Receipt receipt = intake.submit(application, evidence, draftId, key, caller);
            return Response.seeOther(URI.create("/assistance?submitted=" + receipt.trackingNumber())).build();
        } catch (Refusal refusal) {
            // the browser cannot choose the files again: those sent are held for the applicant and come back with
            // the form, as attached (a file the store refuses is named at the field instead)
            FormFiles kept = intake.hold(evidence, caller);
            Map<String, String> errors = new LinkedHashMap<>(texts(refusal, language));
            kept.refusal(ApplicationIntake.EVIDENCE).ifPresent(r -> errors.put(ApplicationIntake.EVIDENCE,
                    r.text(messages, language)));
            int inDraft = draftId == null ? 0 : intake.read(draftId, caller).evidenceFiles();
            View page = form(application, draftId, inDraft, kept.held(ApplicationIntake.EVIDENCE), errors,
                    refusal.text(messages, language), false, caller);
            return Response.status(refusal.status()).entity(page).build();
        }
    }

    @GET
    @Path("applications/{tracking}/refusal")
    @Access(value = Audience.STAFF, roles = Role.ASSISTANCE_OFFICER)
    public View refusal(@PathParam("tracking") String tracking, @Context Caller caller) throws SQLException {
        return refusal(intake.application(tracking, caller), List.of(), "", Map.of(), null);
    }

    @POST
    @Path("applications/{tracking}/refusal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = Role.ASSISTANCE_OFFICER)
    public Response refuse(@PathParam("tracking") String tracking, @FormParam("reasons") List<String> reasons,
            @FormParam("text") String text, @Context Caller caller, @Context Language language)
            throws SQLException {
        try {
            review.refuse(tracking, reasons, text, caller);
            return Response.seeOther(URI.create("/staff/cases/" + tracking + "?notice=moved")).build();
        } catch (Refusal refusal) {
            View page = refusal(intake.application(tracking, caller), reasons == null ? List.of() : reasons,
                    text == null ? "" : text, texts(refusal, language), refusal.text(messages, language));
            return Response.status(refusal.status()).entity(page).build();
        }
    }

    private View form(Application application, Long draftId, int evidenceFiles, List<FormFiles.Held> held,
            Map<String, String> errors, String problem, boolean saved, Caller caller) {
        return View.of("assistance/form", "application", application, "draftId", draftId, "evidenceFiles",
                evidenceFiles, "held", held, "errors", errors, "problem", problem, "saved", saved, "forOrganisation",
                caller.organisationId() != null, "applicantName", caller.displayName(), "idempotencyKey",
                UUID.randomUUID().toString(), "businessTypes", Choice.options(BusinessType.values()),
                "rightTypes", Choice.options(RightType.values()), "venues", Choice.options(Venue.values()), "sought",
                Choice.options(AssistanceSought.values()));
    }

    private View refusal(ApplicationRecord application, List<String> chosen, String text,
            Map<String, String> errors, String problem) {
        return View.of("assistance/refusal", "application", application, "reasons",
                Choice.options(RefusalReason.values()), "chosen", chosen, "text", text, "errors", errors, "problem",
                problem);
    }

    /** Each field's problem in the reader's language (the refusal holds message keys). */
    private Map<String, String> texts(Refusal refusal, Language language) {
        return texts(refusal, messages, language);
    }

    /** Each field's problem in the reader's language, for the module's other pages. */
    static Map<String, String> texts(Refusal refusal, Messages messages, Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        refusal.fields().forEach((field, key) -> texts.put(field, messages.text(language, key)));
        return texts;
    }
}
