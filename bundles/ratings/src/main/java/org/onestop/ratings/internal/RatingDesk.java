package org.onestop.ratings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.cases.RatingDimension;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * What applicants and supervisors do with ratings: the applicant rates a closed case once (only the case's own
 * applicant: anyone else finds nothing); a bad review opens a follow-up due in {@code follow_up_days} working days,
 * which a supervisor closes with a written answer that the applicant is told of. Each step is audited in its
 * transaction.
 */
@Component(service = RatingDesk.class, configurationPid = RatingsConfig.PID)
@Designate(ocd = RatingsConfig.class)
public final class RatingDesk {

    /** The longest answer to a bad review. */
    static final int RESPONSE_MAX = 4000;

    private final RatingStore store;
    private final WorkingCalendar calendar;
    private final Notifications notifications;
    private final Messages messages;
    private final AuditTrail trail;
    private final Clock clock;
    private final int followUpDays;

    @Activate
    public RatingDesk(@Reference RatingStore store, @Reference WorkingCalendar calendar,
            @Reference Notifications notifications, @Reference Messages messages, @Reference AuditTrail trail,
            RatingsConfig config) {
        this(store, calendar, notifications, messages, trail, Clock.systemUTC(), config.follow_up_days());
    }

    RatingDesk(RatingStore store, WorkingCalendar calendar, Notifications notifications, Messages messages,
            AuditTrail trail, Clock clock, int followUpDays) {
        this.store = store;
        this.calendar = calendar;
        this.notifications = notifications;
        this.messages = messages;
        this.trail = trail;
        this.clock = clock;
        this.followUpDays = Math.max(1, followUpDays);
    }

    /** The last day to answer a bad review given on {@code day}: {@code follow_up_days} working days later. */
    public LocalDate followUpDue(LocalDate day) {
        return calendar.addWorkingDays(day, followUpDays);
    }

    /** The working days supervisors have to answer a bad review. */
    public int followUpDays() {
        return followUpDays;
    }

    /** Today in the centre's zone. */
    public LocalDate today() {
        return calendar.today();
    }

    /** The invitation of the case, for its applicant only (404 otherwise). */
    public Rating own(String trackingNumber, Caller applicant) throws SQLException {
        return store.work().call(tx -> owned(tx, trackingNumber, applicant));
    }

    /** The applicant's invitations, those to rate first. */
    public List<Rating> mine(Caller applicant) throws SQLException {
        return store.ofApplicant(applicant.accountId());
    }

    /**
     * The applicant rates the case: 404 for anyone but its applicant, 409 when it is rated already, 422 with each
     * field at fault. A bad review opens the follow-up.
     */
    public Rating rate(String trackingNumber, RatingForm form, Caller applicant) throws SQLException {
        return store.work().call(tx -> {
            Rating rating = owned(tx, trackingNumber, applicant);
            if (rating.rated()) {
                throw alreadyRated(trackingNumber);
            }
            List<RatingDimension> asked = rating.dimensions().stream()
                    .map(d -> new RatingDimension(d.code(), d.label())).toList();
            Map<String, String> problems = form.problems(asked);
            if (!problems.isEmpty()) {
                throw Refusal.invalid("ratings.error.form", problems);
            }
            Level level = form.overall();
            LocalDate today = calendar.today();
            LocalDate due = level.bad() ? followUpDue(today) : null;
            Instant now = clock.instant();
            String month = today.toString().substring(0, 7);
            if (!store.rate(tx, rating.id(), form, now, month, due)) {
                throw alreadyRated(trackingNumber);
            }
            String target = "case:" + trackingNumber;
            trail.record(tx, AuditEntry.by(applicant, "rating.given", target,
                    level.code() + " (" + level.points() + ")"));
            if (due != null) {
                trail.record(tx, AuditEntry.by(applicant, "rating.follow-up.opened", target, "due " + due));
            }
            return store.find(tx, trackingNumber).orElseThrow();
        });
    }

    /** The bad reviews waiting for an answer ({@code open}) or answered. */
    public List<Rating> followUps(boolean open) throws SQLException {
        return store.followUps(open);
    }

    /** A bad review, for supervisors; 404 when the case has none. */
    public Rating followUp(String trackingNumber) throws SQLException {
        return store.work().call(tx -> store.find(tx, trackingNumber).filter(r -> r.followUpDue() != null))
                .orElseThrow(() -> notFound(trackingNumber));
    }

    /**
     * A supervisor answers a bad review in writing, which closes its follow-up and is shown to the applicant (told
     * in the app and by mail): 422 for an empty or too long answer, 404 when the case has no bad review, 409 when it
     * was answered already.
     */
    public Rating answer(String trackingNumber, String response, Caller supervisor) throws SQLException {
        String text = response == null ? "" : response.strip();
        if (text.isEmpty() || text.length() > RESPONSE_MAX) {
            throw Refusal.invalid("ratings.error.form", Map.of("response", text.isEmpty()
                    ? "ratings.error.responseMissing" : "ratings.error.responseLong"));
        }
        return store.work().call(tx -> {
            Rating rating = store.find(tx, trackingNumber).filter(r -> r.followUpDue() != null)
                    .orElseThrow(() -> notFound(trackingNumber));
            if (!store.answer(tx, rating.id(), text, supervisor.accountId(), supervisor.displayName(),
                    clock.instant())) {
                throw new Refusal(409, "ratings.refused.answeredAlready", trackingNumber);
            }
            notifications.notify(tx, rating.applicantId(), new Notice(
                    Notices.both(messages, "ratings.notice.answered.subject", l -> new Object[] {trackingNumber}),
                    Notices.both(messages, "ratings.notice.answered.text",
                            l -> new Object[] {trackingNumber, rating.title(l == Language.EN ? "en" : "zh-CN"), text}),
                    RatingPages.link(trackingNumber)));
            trail.record(tx, AuditEntry.by(supervisor, "rating.follow-up.answered", "case:" + trackingNumber,
                    text.length() + " characters"));
            return store.find(tx, trackingNumber).orElseThrow();
        });
    }

    private Rating owned(Connection tx, String trackingNumber, Caller applicant) throws SQLException {
        return store.find(tx, trackingNumber).filter(r -> r.applicantId() == applicant.accountId())
                .orElseThrow(() -> notFound(trackingNumber));
    }

    private static Refusal notFound(String trackingNumber) {
        return new Refusal(404, "ratings.refused.notFound", trackingNumber);
    }

    private static Refusal alreadyRated(String trackingNumber) {
        return new Refusal(409, "ratings.refused.ratedAlready", trackingNumber);
    }
}
