package org.onestop.training.internal;

import java.time.Instant;

/**
 * A person's enrolment in a session.
 *
 * @param id           its number; on the waitlist, a smaller number came first
 * @param sessionId    the session
 * @param accountId    the person
 * @param status       confirmed, offered, waiting, cancelled, lapsed or withdrawn
 * @param enrolledAt   when they enrolled
 * @param offerExpires for an offered place, until when it waits for confirmation; null otherwise
 * @param position     on the waitlist, the place in line from 1; 0 otherwise
 */
public record Enrolment(long id, long sessionId, long accountId, String status, Instant enrolledAt, Instant offerExpires,
        int position) {

    static final String CONFIRMED = "confirmed";
    static final String OFFERED = "offered";
    static final String WAITING = "waiting";
    static final String CANCELLED = "cancelled";
    static final String LAPSED = "lapsed";
    static final String WITHDRAWN = "withdrawn";

    /** Whether it holds or waits for a place (not cancelled, lapsed or withdrawn). */
    boolean active() {
        return CONFIRMED.equals(status) || OFFERED.equals(status) || WAITING.equals(status);
    }

    Enrolment at(int newPosition) {
        return new Enrolment(id, sessionId, accountId, status, enrolledAt, offerExpires, newPosition);
    }
}
