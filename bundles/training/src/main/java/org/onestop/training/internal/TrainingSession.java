package org.onestop.training.internal;

import java.time.Instant;

/**
 * A session of a course as stored (times in UTC).
 *
 * @param id          its number, null before it is stored
 * @param courseId    the course
 * @param startsAt    when it starts
 * @param endsAt      when it ends
 * @param place       the venue or the online link
 * @param capacity    places
 * @param held        places taken: confirmed, and offered to the first of the waitlist
 * @param enrolOpens  when enrolment opens
 * @param enrolCloses when enrolment closes (at the latest the start)
 * @param orgLimit    places one organisation may hold, 0 for no limit
 */
public record TrainingSession(Long id, long courseId, Instant startsAt, Instant endsAt, String place, int capacity,
        int held, Instant enrolOpens, Instant enrolCloses, int orgLimit) {

    /** Places nobody holds now. */
    public int seatsLeft() {
        return Math.max(0, capacity - held);
    }

    /** Whether enrolment is open at {@code now}. */
    boolean open(Instant now) {
        return !now.isBefore(enrolOpens) && now.isBefore(enrolCloses);
    }

    /** Whether the place is a link rather than a venue. */
    public boolean online() {
        return place.startsWith("https://") || place.startsWith("http://");
    }
}
