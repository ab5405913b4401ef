package org.onestop.preexam.internal.entity;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.FileType;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.NewCase;
import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.OrganisationProfile;
import org.onestop.api.identity.Organisations;
import org.onestop.api.schema.SqlFailures;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.FormProblems;
import org.onestop.preexam.internal.rules.IpcCode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers an innovator's organisation with the centre (备案): checks the form against the centre's region and
 * fields, stores the business licence (PDF only) and opens the registration case with the module's rows in one
 * transaction. An organisation registers again only after a rejection; a suspension is lifted by staff, not by a
 * new registration.
 */
@Component(service = EntityIntake.class)
public final class EntityIntake {

    static final String LICENCE = "licence";
    /** The business licence is a PDF. */
    static final Set<FileType> LICENCE_TYPES = Set.of(FileType.PDF);

    private final EntityRegister register;
    private final Cases cases;
    private final Attachments attachments;
    private final Organisations organisations;
    private final Centre centre;
    private final Messages messages;

    @Activate
    public EntityIntake(@Reference EntityRegister register, @Reference Cases cases,
            @Reference Attachments attachments, @Reference Organisations organisations, @Reference Centre centre,
            @Reference Messages messages) {
        this.register = register;
        this.cases = cases;
        this.attachments = attachments;
        this.organisations = organisations;
        this.centre = centre;
        this.messages = messages;
    }

    /** The organisation {@code caller} acts for, or a refusal saying it must be entered first. */
    public OrganisationProfile organisationOf(Caller caller) throws SQLException {
        Optional<OrganisationProfile> organisation = caller.organisationId() == null ? Optional.empty()
                : organisations.find(caller.organisationId());
        return organisation.orElseThrow(() -> CaseRefusal.conflict("preexam.refused.noOrganisation"));
    }

    /** What is wrong with the form and its licence (uploaded now or held from before), before it is registered. */
    public FormProblems problems(RegistrationForm form, FormFiles files, Language language) {
        FormProblems problems = form.problems(centre.settings(), language);
        Optional<CaseRefusal> refused = files.refusal(LICENCE);
        if (refused.isPresent()) {
            problems.add(LICENCE, refused.get().key(), refused.get().arguments());
        } else if (!files.has(LICENCE)) {
            problems.add(LICENCE, "preexam.error.licence.missing");
        }
        return problems;
    }

    /**
     * Registers the caller's organisation; refuses (nothing stored) when the form has problems or the organisation
     * may not register now. {@code idempotencyKey} may be null.
     */
    public Receipt register(Caller caller, RegistrationForm form, FormFiles files, String idempotencyKey,
            Language language) throws SQLException, IOException {
        Optional<Receipt> first = cases.replay("preexam", RegistrationWorkflow.CASE_TYPE, idempotencyKey, caller);
        if (first.isPresent()) {
            return first.get();
        }
        OrganisationProfile organisation = organisationOf(caller);
        if (idempotencyKey == null) {
            mayRegister(register.find(organisation.id()));
        }
        FormProblems problems = problems(form, files, language);
        if (!problems.isEmpty()) {
            throw problems.refusal(messages, language);
        }
        List<Long> stored = files.store(LICENCE, LICENCE_TYPES, attachments, caller);
        List<String> fields = form.fieldCodes().stream().map(IpcCode::toString).toList();
        NewCase request = new NewCase("preexam", RegistrationWorkflow.CASE_TYPE, organisation.name(),
                idempotencyKey, null, stored);
        try {
            return register.work().call(tx -> {
                Receipt receipt = cases.open(tx, request, caller);
                if (!receipt.replayed()) {
                    mayRegister(register.find(tx, organisation.id()));
                    register.register(tx, receipt.caseId(), receipt.trackingNumber(), organisation, form, fields,
                            receipt.openedAt());
                }
                return receipt;
            });
        } catch (SQLException e) {
            if (!SqlFailures.duplicateKey(e)) {
                throw e;
            }
            throw CaseRefusal.conflict("preexam.refused.registrationPending", "");
        }
    }

    private static void mayRegister(Optional<EntityRecord> entity) {
        if (entity.isEmpty()) {
            return;
        }
        EntityRecord now = entity.get();
        switch (now.standing()) {
            case PENDING -> throw CaseRefusal.conflict("preexam.refused.registrationPending",
                    now.registration().trackingNumber());
            case APPROVED -> throw CaseRefusal.conflict("preexam.refused.alreadyApproved",
                    now.registration().trackingNumber());
            case SUSPENDED -> throw CaseRefusal.conflict("preexam.refused.suspended", now.reason());
            default -> {
                // rejected before: may register again
            }
        }
    }
}
