package org.onestop.assistance.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.Draft;
import org.onestop.api.cases.Drafts;
import org.onestop.api.cases.FileType;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.NewCase;
import org.onestop.api.cases.Receipt;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.OrganisationProfile;
import org.onestop.api.identity.Organisations;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes applications: saves drafts (the form as it is, with the evidence chosen so far) and submits them. A
 * submission is checked whole before anything is stored; its evidence files are checked by content (PDF, PNG,
 * JPEG); the case (with the files) and the module's row are stored in one unit of work, and a repeated
 * {@code Idempotency-Key} returns the first receipt without storing anything again. The applicant is the account:
 * its organisation when it acts for one, the person otherwise.
 */
@Component(service = ApplicationIntake.class)
public final class ApplicationIntake {

    /** The purpose evidence files are stored with (named by {@code assistance.purpose.evidence}). */
    static final String EVIDENCE = "evidence";
    /** The kinds of evidence file taken: any the platform accepts (PDF, PNG, JPEG). */
    private static final Set<FileType> ACCEPTED = Set.of();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationStore store;
    private final Cases cases;
    private final Drafts drafts;
    private final Attachments attachments;
    private final Organisations organisations;

    @Activate
    public ApplicationIntake(@Reference ApplicationStore store, @Reference Cases cases, @Reference Drafts drafts,
            @Reference Attachments attachments, @Reference Organisations organisations) {
        this.store = store;
        this.cases = cases;
        this.drafts = drafts;
        this.attachments = attachments;
        this.organisations = organisations;
    }

    /** A saved draft and the number of evidence files it holds. */
    public record SavedDraft(long id, Application application, int evidenceFiles) {
    }

    /**
     * Submits {@code application} with the evidence sent now and, if {@code draftId} is given, the draft's (which
     * the case then replaces, its files moving to the case). Refused with 422 and each field at fault (evidence
     * included) before anything is stored; 415 for a file that is not a PDF or an image. A draft already gone is
     * taken for a replay when an idempotency key comes with it (the platform refuses it with 404 otherwise).
     */
    public Receipt submit(Application application, FormFiles evidence, Long draftId, String idempotencyKey,
            Caller applicant) throws SQLException, IOException {
        Optional<Receipt> first = cases.replay(AssistanceWorkflow.MODULE, AssistanceWorkflow.CASE_TYPE,
                idempotencyKey, applicant);
        if (first.isPresent()) {
            return first.get();
        }
        Optional<Draft> draft = draftId == null ? Optional.empty() : drafts.find(draftId, applicant)
                .filter(d -> AssistanceWorkflow.MODULE.equals(d.module()));
        if (draftId != null && draft.isEmpty() && idempotencyKey == null) {
            throw draftNotFound();
        }
        Map<String, String> problems = new LinkedHashMap<>(application.problems());
        if (!evidence.has(EVIDENCE) && draft.map(d -> d.attachmentIds().isEmpty()).orElse(draftId == null)) {
            problems.put(EVIDENCE, "assistance.error.evidence.missing");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("assistance.error.form", problems);
        }
        List<Long> attached = new ArrayList<>(draft.map(Draft::attachmentIds).orElse(List.of()));
        attached.addAll(stored(evidence, applicant));
        Long organisationId = applicant.organisationId();
        String organisationName = organisationId == null ? null
                : organisations.find(organisationId).map(OrganisationProfile::name).orElse(null);
        NewCase request = new NewCase(AssistanceWorkflow.MODULE, AssistanceWorkflow.CASE_TYPE, application.title(),
                idempotencyKey, draftId, attached);
        return store.work().call(tx -> {
            Receipt receipt = cases.open(tx, request, applicant);
            if (!receipt.replayed()) {
                store.insert(tx, receipt.caseId(), organisationName == null ? null : organisationId,
                        organisationName, application, receipt.openedAt());
            }
            return receipt;
        });
    }

    /**
     * Saves the form as it is (only over-long fields are refused) with the evidence sent now added to the draft's;
     * a new draft when {@code draftId} is null.
     */
    public SavedDraft save(Application application, FormFiles evidence, Long draftId, Caller applicant)
            throws SQLException, IOException {
        Map<String, String> problems = application.lengths();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("assistance.error.form", problems);
        }
        List<Long> files = new ArrayList<>(draftId == null ? List.of() : draft(draftId, applicant).attachmentIds());
        files.addAll(stored(evidence, applicant));
        String title = application.title().isEmpty() ? "维权援助申请 / Assistance application" : application.title();
        Draft saved = drafts.save(new Draft(draftId, AssistanceWorkflow.MODULE, AssistanceWorkflow.CASE_TYPE, title,
                json(application), files, null), applicant);
        return new SavedDraft(saved.id(), application, saved.attachmentIds().size());
    }

    /** The applicant's draft {@code id} (404 for anyone else's, or none). */
    public SavedDraft read(long id, Caller applicant) throws SQLException {
        Draft draft = draft(id, applicant);
        try {
            return new SavedDraft(id, JSON.readValue(draft.content(), Application.class),
                    draft.attachmentIds().size());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The draft " + id + " cannot be read", e);
        }
    }

    /** The applicant's drafts of applications, newest first. */
    public List<Draft> drafts(Caller applicant) throws SQLException {
        return drafts.mine(AssistanceWorkflow.MODULE, applicant);
    }

    /** The application {@code trackingNumber} if {@code viewer} may see it (404 otherwise, as if there were none). */
    public ApplicationRecord application(String trackingNumber, Caller viewer) throws SQLException {
        CaseFile file = file(trackingNumber, viewer);
        return store.find(file.id(), file.trackingNumber()).orElseThrow(() -> notFound(trackingNumber));
    }

    /** The case of the application {@code trackingNumber} if {@code viewer} may see it (404 otherwise). */
    CaseFile file(String trackingNumber, Caller viewer) throws SQLException {
        return cases.find(trackingNumber, viewer).filter(f -> AssistanceWorkflow.MODULE.equals(f.module())
                && AssistanceWorkflow.CASE_TYPE.equals(f.caseType())).orElseThrow(() -> notFound(trackingNumber));
    }

    private Draft draft(long id, Caller applicant) throws SQLException {
        return drafts.find(id, applicant).filter(d -> AssistanceWorkflow.MODULE.equals(d.module()))
                .orElseThrow(ApplicationIntake::draftNotFound);
    }

    /**
     * The evidence sent: each file uploaded now stored for the applicant (content-checked: PDF, PNG or JPEG), else
     * the files held from a refused attempt of the form.
     */
    private List<Long> stored(FormFiles evidence, Caller applicant) throws IOException, SQLException {
        return evidence.store(EVIDENCE, ACCEPTED, attachments, applicant);
    }

    /** Holds the evidence uploaded with a refused form for the applicant, so that the form comes back with it. */
    public FormFiles hold(FormFiles evidence, Caller applicant) throws IOException, SQLException {
        return evidence.hold(Map.of(EVIDENCE, ACCEPTED), attachments, applicant);
    }

    private static String json(Application application) {
        try {
            return JSON.writeValueAsString(application);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An application cannot be written as JSON", e);
        }
    }

    private static CaseRefusal draftNotFound() {
        return new CaseRefusal(404, "assistance.refused.draftNotFound");
    }

    private static CaseRefusal notFound(String trackingNumber) {
        return new CaseRefusal(404, "assistance.refused.notFound", trackingNumber);
    }
}
