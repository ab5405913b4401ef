package org.onestop.preexam.internal.request;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.NewCase;
import org.onestop.api.cases.Receipt;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.OrganisationProfile;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.DocumentKind;
import org.onestop.preexam.internal.FormProblems;
import org.onestop.preexam.internal.entity.EntityIntake;
import org.onestop.preexam.internal.entity.EntityRecord;
import org.onestop.preexam.internal.entity.EntityRegister;
import org.onestop.preexam.internal.rules.IpcCode;
import org.onestop.preexam.internal.rules.LocarnoCode;
import org.onestop.preexam.internal.rules.PatentType;
import org.onestop.preexam.internal.rules.Quota;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files a pre-examination request: only for an approved entity within its quota, with a complete, in-scope form
 * and the documents of its patent type (PDF; a design's views may be images). The documents are stored first; the
 * case, its files and the module's row are then written in one transaction that also locks the entity's row, so
 * that concurrent requests of one entity are counted against its quota one at a time.
 */
@Component(service = RequestIntake.class)
public final class RequestIntake {

    private final RequestStore store;
    private final EntityRegister register;
    private final EntityIntake entities;
    private final Cases cases;
    private final Attachments attachments;
    private final Centre centre;
    private final WorkingCalendar calendar;
    private final Messages messages;

    @Activate
    public RequestIntake(@Reference RequestStore store, @Reference EntityRegister register,
            @Reference EntityIntake entities, @Reference Cases cases, @Reference Attachments attachments,
            @Reference Centre centre, @Reference WorkingCalendar calendar, @Reference Messages messages) {
        this.store = store;
        this.register = register;
        this.entities = entities;
        this.cases = cases;
        this.attachments = attachments;
        this.centre = centre;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** Refuses unless the organisation of {@code caller} may file a request now; answers the organisation. */
    public OrganisationProfile mayFile(Caller caller) throws SQLException {
        OrganisationProfile organisation = entities.organisationOf(caller);
        approved(register.find(organisation.id()));
        Quota quota = centre.settings().quota();
        LocalDate today = calendar.today();
        int used = store.filedSince(organisation.id(), quota.period().start(today));
        quotaLeft(quota, used, today);
        return organisation;
    }

    /**
     * Files the request with its documents (uploaded now or held from an earlier attempt of the form);
     * {@code idempotencyKey} may be null. The organisation's name and code are kept with the request as they are now.
     */
    public Receipt file(Caller caller, RequestForm form, FormFiles documents, String idempotencyKey,
            Language language) throws SQLException, IOException {
        Optional<Receipt> first = cases.replay(RequestWorkflow.MODULE, RequestWorkflow.CASE_TYPE, idempotencyKey,
                caller);
        if (first.isPresent()) {
            return first.get();
        }
        OrganisationProfile organisation = idempotencyKey == null ? mayFile(caller) : entities.organisationOf(caller);
        CentreSettings settings = centre.settings();
        FormProblems problems = form.problems(settings, documents, language);
        if (!problems.isEmpty()) {
            throw problems.refusal(messages, language);
        }
        PatentType type = form.type().orElseThrow();
        List<Long> stored = new ArrayList<>();
        for (DocumentKind document : DocumentKind.of(type)) {
            stored.addAll(documents.store(document.field(), document.accepted(), attachments, caller));
        }
        String main = form.mainCode().map(IpcCode::toString).orElse(null);
        String field = form.mainCode().map(IpcCode::subclass).orElse(null);
        String locarno = form.locarnoCode().map(LocarnoCode::toString).orElse(null);
        LocalDate today = calendar.today();
        NewCase request = new NewCase(RequestWorkflow.MODULE, RequestWorkflow.CASE_TYPE, form.title(),
                idempotencyKey, null, stored);
        return store.work().call(tx -> {
            Receipt receipt = cases.open(tx, request, caller);
            if (!receipt.replayed()) {
                if (!register.lockApproved(tx, organisation.id(), receipt.openedAt())) {
                    approved(register.find(tx, organisation.id()));
                    throw CaseRefusal.conflict("preexam.refused.notApproved");
                }
                Quota quota = settings.quota();
                quotaLeft(quota, store.filedSince(tx, organisation.id(), quota.period().start(today)), today);
                store.insert(tx, receipt.caseId(), receipt.trackingNumber(), organisation.id(),
                        new RequestRecord(receipt.trackingNumber(), receipt.status(), type.code(), form.title(),
                                form.applicantNames(), form.inventorNames(),
                                form.agency().isEmpty() ? null : form.agency(), main, field,
                                form.furtherCodes(), locarno, form.notPct() && !type.design(),
                                receipt.openedAt(), today, 0, null, null, null, List.of(), null, null, null,
                                null, null, null, organisation.name(), organisation.creditCode()));
            }
            return receipt;
        });
    }

    /** Refuses unless the entity stands approved, saying where it stands. */
    private static void approved(Optional<EntityRecord> entity) {
        if (entity.isEmpty()) {
            throw CaseRefusal.conflict("preexam.refused.notRegistered");
        }
        EntityRecord now = entity.get();
        switch (now.standing()) {
            case APPROVED -> {
                // may file
            }
            case PENDING -> throw CaseRefusal.conflict("preexam.refused.registrationUnderReview",
                    now.registration().trackingNumber());
            case REJECTED -> throw CaseRefusal.conflict("preexam.refused.registrationRejected",
                    now.reason() == null ? "" : now.reason());
            case SUSPENDED -> throw CaseRefusal.conflict("preexam.refused.suspended",
                    now.reason() == null ? "" : now.reason());
            default -> throw CaseRefusal.conflict("preexam.refused.notRegistered");
        }
    }

    private static void quotaLeft(Quota quota, int used, LocalDate today) {
        if (!quota.allowsAnother(used)) {
            throw CaseRefusal.conflict("preexam.refused.quota." + quota.period().name().toLowerCase(Locale.ROOT),
                    quota.requests(), quota.period().next(today).toString());
        }
    }
}
