package org.onestop.preexam.internal.entity;

import java.sql.SQLException;
import java.time.Instant;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.preexam.internal.FormProblems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Staff suspend an approved entity (e.g. after abnormal filings) with a reason, and lift the suspension. Each change
 * is audited and told to the account that registered the entity, in the transaction of the change.
 */
@Component(service = EntitySuspensions.class)
public final class EntitySuspensions {

    static final int REASON_LENGTH = 2000;

    private final EntityRegister register;
    private final Cases cases;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Messages messages;

    @Activate
    public EntitySuspensions(@Reference EntityRegister register, @Reference Cases cases,
            @Reference AuditTrail audit, @Reference Notifications notifications, @Reference Messages messages) {
        this.register = register;
        this.cases = cases;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** Suspends the approved entity {@code organisationId}; the reason is required. */
    public void suspend(long organisationId, String reason, Caller staff, Language language) throws SQLException {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw new FormProblems().add("reason", why.isEmpty() ? "preexam.error.reason.missing"
                    : "preexam.error.text.long", REASON_LENGTH).refusal(messages, language);
        }
        change(organisationId, Standing.APPROVED, Standing.SUSPENDED, why, staff, "preexam.entity.suspended",
                "preexam.notice.suspended");
    }

    /** Lifts the suspension of entity {@code organisationId}: it is approved again. */
    public void reinstate(long organisationId, Caller staff) throws SQLException {
        change(organisationId, Standing.SUSPENDED, Standing.APPROVED, null, staff, "preexam.entity.reinstated",
                "preexam.notice.reinstated");
    }

    private void change(long organisationId, Standing from, Standing to, String reason, Caller staff, String action,
            String notice) throws SQLException {
        EntityRecord entity = register.find(organisationId)
                .orElseThrow(() -> new CaseRefusal(404, "preexam.refused.noEntity", organisationId));
        CaseFile registration = cases.find(entity.registration().trackingNumber(), staff)
                .orElseThrow(() -> new CaseRefusal(404, "preexam.refused.noEntity", organisationId));
        String name = entity.registration().organisationName();
        register.work().run(tx -> {
            if (!register.change(tx, organisationId, from, to, reason, Instant.now())) {
                throw CaseRefusal.conflict("preexam.refused.standing." + to.code(), name);
            }
            notifications.notify(tx, registration.applicantId(), new Notice(
                    Label.of(text(Language.ZH_CN, notice + ".subject", name, reason),
                            text(Language.EN, notice + ".subject", name, reason)),
                    Label.of(text(Language.ZH_CN, notice + ".text", name, reason),
                            text(Language.EN, notice + ".text", name, reason)),
                    "/preexam/entity"));
            audit.record(tx, AuditEntry.by(staff, action, "organisation:" + organisationId,
                    reason == null ? "" : reason));
        });
    }

    private String text(Language language, String key, String name, String reason) {
        return messages.text(language, key, name, reason == null ? "" : reason);
    }
}
