package org.onestop.ratings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseObserver;
import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.cases.RatingInvitation;
import org.onestop.api.cases.Status;
import org.onestop.api.i18n.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Invites the applicant to rate the service when a case closes into a status its case type declares
 * ({@link CaseType#rating()}): in the transaction of the closing move it stores the invitation with the dimensions
 * asked, tells the applicant in the app and by mail, and records it in the audit trail. A case is invited once.
 */
@Component(service = CaseObserver.class, immediate = true)
public final class Invitations implements CaseObserver {

    private final RatingStore store;
    private final Notifications notifications;
    private final Messages messages;
    private final AuditTrail trail;
    private final Clock clock;

    @Activate
    public Invitations(@Reference RatingStore store, @Reference Notifications notifications,
            @Reference Messages messages, @Reference AuditTrail trail) {
        this(store, notifications, messages, trail, Clock.systemUTC());
    }

    Invitations(RatingStore store, Notifications notifications, Messages messages, AuditTrail trail, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.messages = messages;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public void moved(Connection tx, CaseFile after, CaseMove move, CaseType type) throws SQLException {
        if (after.status().equals(move.before().status())) {
            return;
        }
        Optional<RatingInvitation> rating = type.rating().filter(r -> r.invitesAt(after.status()));
        Optional<Status> status = type.workflow().status(after.status()).filter(Status::closed);
        if (rating.isEmpty() || status.isEmpty()) {
            return;
        }
        Label words = status.get().publicLabel();
        if (!store.invite(tx, after, words, rating.get().dimensions(), clock.instant())) {
            return;
        }
        notifications.notify(tx, after.applicantId(), new Notice(
                Notices.both(messages, "ratings.notice.invited.subject", l -> new Object[] {after.trackingNumber()}),
                Notices.both(messages, "ratings.notice.invited.text",
                        l -> new Object[] {after.trackingNumber(), after.title(), words.in(l)}),
                RatingPages.link(after.trackingNumber())));
        trail.record(tx, new AuditEntry("runtime", "rating.invited", "case:" + after.trackingNumber(), "",
                after.module() + " " + after.status()));
    }
}
