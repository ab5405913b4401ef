package org.onestop.training.internal;

import java.time.Instant;

/**
 * A session as readers get it in JSON and on pages: with its course, the places left and whether one may enrol now.
 *
 * @param course        the course
 * @param session       the session
 * @param seatsLeft     places nobody holds now
 * @param enrolmentOpen whether enrolment is open now (and the course published)
 */
public record SessionView(Course course, TrainingSession session, int seatsLeft, boolean enrolmentOpen) {

    static SessionView of(Course course, TrainingSession session, Instant now) {
        return new SessionView(course, session, session.seatsLeft(), Course.PUBLISHED.equals(course.status())
                && session.open(now));
    }
}
