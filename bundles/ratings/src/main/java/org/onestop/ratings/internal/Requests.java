package org.onestop.ratings.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Messages;
import org.onestop.api.ratings.RatingRequests;
import org.onestop.api.ratings.RatingSubject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Invites a person to rate another module's subject that is not a case ({@link RatingRequests}): in the caller's
 * transaction it stores the invitation with its dimensions under a page number of its own
 * ({@code RATE-<year>-<six random digits>}, the shape of a case's number), tells the person in the app and by mail
 * like a closed case's applicant, and records it in the audit trail. A subject is invited once.
 */
@Component(service = RatingRequests.class)
public final class Requests implements RatingRequests {

    /** The prefix of the page numbers of subjects that are not cases. */
    static final String PREFIX = "RATE";

    private final RatingStore store;
    private final Notifications notifications;
    private final Messages messages;
    private final AuditTrail trail;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final RandomGenerator random;

    @Activate
    public Requests(@Reference RatingStore store, @Reference Notifications notifications,
            @Reference Messages messages, @Reference AuditTrail trail, @Reference WorkingCalendar calendar) {
        this(store, notifications, messages, trail, calendar, Clock.systemUTC(), new SecureRandom());
    }

    Requests(RatingStore store, Notifications notifications, Messages messages, AuditTrail trail,
            WorkingCalendar calendar, Clock clock, RandomGenerator random) {
        this.store = store;
        this.notifications = notifications;
        this.messages = messages;
        this.trail = trail;
        this.calendar = calendar;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public boolean invite(Connection tx, RatingSubject subject) throws SQLException {
        Optional<String> invited = store.invite(tx, subject, number(tx), clock.instant());
        if (invited.isEmpty()) {
            return false;
        }
        String number = invited.get();
        notifications.notify(tx, subject.accountId(), new Notice(
                Notices.both(messages, "ratings.notice.subject.subject", l -> new Object[] {subject.title().in(l)}),
                Notices.both(messages, "ratings.notice.subject.text", l -> new Object[] {subject.title().in(l)}),
                RatingPages.link(number)));
        trail.record(tx, new AuditEntry("runtime", "rating.invited", subject.module() + ":" + subject.reference(),
                "", number));
        return true;
    }

    /** A page number no invitation has. */
    private String number(Connection tx) throws SQLException {
        String year = Integer.toString(calendar.today().getYear());
        while (true) {
            String number = PREFIX + "-" + year + "-" + String.format("%06d", random.nextInt(1_000_000));
            if (!store.numbered(tx, number)) {
                return number;
            }
        }
    }
}
