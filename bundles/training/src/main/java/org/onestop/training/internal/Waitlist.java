package org.onestop.training.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.UnitOfWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Enrolment in a session, with its waitlist: a person enrols while places are free, joins the waitlist when none is;
 * a place freed by a cancellation or a lapsed offer is offered to the first in line, who confirms it before the
 * offer expires ({@code offer.hours}) or loses it to the next.
 *
 * <p>Every change of a session's enrolments starts by updating the session's row ({@link Rolls#lock}) and ends with
 * the commit of the same transaction, so that the changes of one session happen one after the other on any
 * database: the count of places held ({@code HELD}) and the waitlist's order (arrival, by number) cannot be read
 * stale, no place is given twice and nobody passes another in line. Expired offers are passed on by
 * {@link OfferSweep} and before any change or read of the session ({@link #settle(long)}).
 */
@Component(service = Waitlist.class, immediate = true, configurationPid = TrainingConfig.PID)
@Designate(ocd = TrainingConfig.class)
public final class Waitlist {

    private final Catalogue catalogue;
    private final EnrolmentNews news;
    private final Clock clock;
    private volatile TrainingConfig config;

    @Activate
    public Waitlist(@Reference Catalogue catalogue, @Reference EnrolmentNews news, TrainingConfig config) {
        this(catalogue, news, config, Clock.systemUTC());
    }

    Waitlist(Catalogue catalogue, EnrolmentNews news, TrainingConfig config, Clock clock) {
        this.catalogue = catalogue;
        this.news = news;
        this.config = config;
        this.clock = clock;
    }

    @Modified
    void modified(TrainingConfig changed) {
        this.config = changed;
    }

    TrainingConfig config() {
        return config;
    }

    /** Enrols the caller in the session: a place if one is free and nobody waits, else the waitlist's end. */
    public Enrolment enrol(long sessionId, Caller caller) throws SQLException {
        return enrol(sessionId, caller, null);
    }

    /**
     * Enrols the caller, or (attendee not null) a person of the caller's organisation named by the caller, by the
     * same rules under the same lock; a name is enrolled once while active ({@link NamedAttendees}).
     */
    Enrolment enrol(long sessionId, Caller caller, Attendee attendee) throws SQLException {
        settle(sessionId);
        return Rolls.retrying(catalogue.work(), tx -> {
            Instant now = clock.instant();
            TrainingSession session = Rolls.lock(tx, catalogue, sessionId);
            Course course = catalogue.course(tx, session.courseId()).orElseThrow();
            if (!Course.PUBLISHED.equals(course.status())) {
                throw new Refusal(409, "training.refused.notPublished");
            }
            if (!session.open(now)) {
                throw new Refusal(409, now.isBefore(session.enrolOpens()) ? "training.refused.notYetOpen"
                        : "training.refused.closed");
            }
            session = lapse(tx, session, now);
            Optional<Enrolment> existing = attendee == null ? Rolls.activeOf(tx, sessionId, caller.accountId())
                    : Optional.empty();
            if (attendee != null) {
                NamedAttendees.refuseTwice(tx, sessionId, caller, attendee);
            }
            if (existing.isPresent()) {
                throw new Refusal(409, "training.refused.already",
                        new Refusal.Term("training.status." + existing.get().status()));
            }
            if (session.orgLimit() > 0 && caller.organisationId() != null
                    && Rolls.activeOfOrganisation(tx, sessionId, caller.organisationId()) >= session.orgLimit()) {
                throw new Refusal(409, "training.refused.orgLimit", session.orgLimit());
            }
            boolean place = session.held() < session.capacity() && Rolls.waiting(tx, sessionId).isEmpty();
            Enrolment enrolment = Rolls.insert(tx, sessionId, caller, place ? Enrolment.CONFIRMED
                    : Enrolment.WAITING, now);
            if (place) {
                Rolls.hold(tx, sessionId, 1);
            }
            if (attendee != null) {
                NamedAttendees.store(tx, enrolment.id(), attendee);
            }
            news.recorded(tx, caller, "training.enrolment." + enrolment.status(), enrolment);
            return Rolls.positioned(tx, enrolment);
        });
    }

    /** Cancels the caller's enrolment (a place only up to {@code cancel.cutoff.hours} before the start). */
    public Enrolment cancel(long enrolmentId, Caller caller) throws SQLException {
        settleSessionOf(enrolmentId);
        return Rolls.retrying(catalogue.work(), tx -> {
            Instant now = clock.instant();
            TrainingSession session = lockOwn(tx, enrolmentId, caller);
            session = lapse(tx, session, now);
            Enrolment enrolment = Rolls.enrolment(tx, enrolmentId).orElseThrow();
            if (!enrolment.active()) {
                throw new Refusal(409, "training.refused.notActive",
                        new Refusal.Term("training.status." + enrolment.status()));
            }
            boolean holds = !Enrolment.WAITING.equals(enrolment.status());
            if (holds && now.isAfter(session.startsAt().minus(Duration.ofHours(config.cancel_cutoff_hours())))) {
                throw new Refusal(409, "training.refused.cutoff", config.cancel_cutoff_hours());
            }
            Rolls.change(tx, enrolmentId, Enrolment.CANCELLED, null, now);
            if (holds) {
                Rolls.hold(tx, session.id(), -1);
            }
            news.recorded(tx, caller, "training.enrolment.cancelled", enrolment);
            promote(tx, session.id(), now);
            return Rolls.enrolment(tx, enrolmentId).orElseThrow();
        });
    }

    /** Confirms the place offered to the caller, while the offer lasts. */
    public Enrolment confirm(long enrolmentId, Caller caller) throws SQLException {
        settleSessionOf(enrolmentId);
        return Rolls.retrying(catalogue.work(), tx -> {
            Instant now = clock.instant();
            TrainingSession session = lockOwn(tx, enrolmentId, caller);
            lapse(tx, session, now);
            Enrolment enrolment = Rolls.enrolment(tx, enrolmentId).orElseThrow();
            if (!Enrolment.OFFERED.equals(enrolment.status())) {
                throw new Refusal(409, Enrolment.LAPSED.equals(enrolment.status()) ? "training.refused.offerLapsed"
                        : "training.refused.noOffer");
            }
            Rolls.change(tx, enrolmentId, Enrolment.CONFIRMED, null, now);
            news.recorded(tx, caller, "training.enrolment.confirmed", enrolment);
            return Rolls.enrolment(tx, enrolmentId).orElseThrow();
        });
    }

    /** Passes on the session's expired offers now (the check at read time). */
    public void settle(long sessionId) throws SQLException {
        Rolls.retrying(catalogue.work(), tx -> {
            if (Rolls.expiredOffers(tx, sessionId, clock.instant())) {
                lapse(tx, Rolls.lock(tx, catalogue, sessionId), clock.instant());
            }
            return null;
        });
    }

    /**
     * Passes on the expired offers of the enrolment's session in a transaction of their own, so that they pass on
     * even when the change asked for next is refused.
     */
    private void settleSessionOf(long enrolmentId) throws SQLException {
        Optional<Enrolment> enrolment = catalogue.work().call(tx -> Rolls.enrolment(tx, enrolmentId));
        if (enrolment.isPresent()) {
            settle(enrolment.get().sessionId());
        }
    }

    /** Passes on every expired offer; answers how many sessions had one. */
    public int sweep() throws SQLException {
        List<Long> sessions = catalogue.work().call(tx -> Rolls.sessionsWithExpiredOffers(tx, clock.instant()));
        for (long sessionId : sessions) {
            settle(sessionId);
        }
        return sessions.size();
    }

    /** The caller's enrolments, newest first, with the place in line of those waiting. */
    public List<Enrolment> mine(Caller caller) throws SQLException {
        return catalogue.work().call(tx -> Rolls.ofAccount(tx, caller.accountId()));
    }

    /** The enrolments of a session, in order of arrival, for its trainer. */
    public List<Enrolment> of(long sessionId) throws SQLException {
        return catalogue.work().call(tx -> Rolls.ofSession(tx, sessionId));
    }

    /** Offers the places a larger capacity freed to the first in line (the session is locked by the caller). */
    void offerFreed(Connection tx, long sessionId) throws SQLException {
        promote(tx, sessionId, clock.instant());
    }

    /** Withdraws every active enrolment of the session (its course was cancelled) and tells each person. */
    void withdrawAll(Connection tx, long sessionId, Course course, Caller caller) throws SQLException {
        withdrawAll(tx, sessionId, course, caller, "");
    }

    /** Withdraws every active enrolment of the session and tells each person, with the reason when there is one. */
    void withdrawAll(Connection tx, long sessionId, Course course, Caller caller, String reason)
            throws SQLException {
        TrainingSession session = Rolls.lock(tx, catalogue, sessionId);
        for (Enrolment enrolment : Rolls.ofSession(tx, sessionId)) {
            if (enrolment.active()) {
                Rolls.change(tx, enrolment.id(), Enrolment.WITHDRAWN, null, clock.instant());
                news.withdrawn(tx, caller, enrolment, course, session, reason);
            }
        }
        Rolls.hold(tx, sessionId, -session.held());
    }

    private TrainingSession lockOwn(Connection tx, long enrolmentId, Caller caller) throws SQLException {
        Enrolment enrolment = Rolls.enrolment(tx, enrolmentId).filter(e -> e.accountId() == caller.accountId())
                .orElseThrow(() -> new Refusal(404, "training.refused.noEnrolment"));
        return Rolls.lock(tx, catalogue, enrolment.sessionId());
    }

    /** Lapses the session's expired offers and offers the freed places (the session is locked). */
    private TrainingSession lapse(Connection tx, TrainingSession session, Instant now) throws SQLException {
        List<Enrolment> expired = Rolls.expired(tx, session.id(), now);
        for (Enrolment offer : expired) {
            Rolls.change(tx, offer.id(), Enrolment.LAPSED, null, now);
            Rolls.hold(tx, session.id(), -1);
            news.lapsed(tx, offer, session);
        }
        if (expired.isEmpty()) {
            return session;
        }
        promote(tx, session.id(), now);
        return catalogue.session(tx, session.id()).orElseThrow();
    }

    /** Offers free places to the first in line, one each, until none is free or nobody waits. */
    private void promote(Connection tx, long sessionId, Instant now) throws SQLException {
        TrainingSession session = catalogue.session(tx, sessionId).orElseThrow();
        if (!now.isBefore(session.startsAt())) {
            return;
        }
        Instant expires = now.plus(Duration.ofHours(config.offer_hours()));
        if (expires.isAfter(session.startsAt())) {
            expires = session.startsAt();
        }
        int free = session.capacity() - session.held();
        for (Enrolment first : Rolls.waiting(tx, sessionId)) {
            if (free-- <= 0) {
                break;
            }
            Rolls.change(tx, first.id(), Enrolment.OFFERED, expires, now);
            Rolls.hold(tx, sessionId, 1);
            news.offered(tx, first, session, expires);
        }
    }
}
