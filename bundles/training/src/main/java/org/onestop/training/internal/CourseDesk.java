package org.onestop.training.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A trainer's or supervisor's work on courses: a course is written as a draft, given sessions, published (then it
 * is in the catalogue) and perhaps cancelled, which withdraws every enrolment and tells each person. Each change is
 * checked first (422 with each field at fault, 409 for a step the course's state does not allow) and audited.
 */
@Component(service = CourseDesk.class)
public final class CourseDesk {

    private final Catalogue catalogue;
    private final Waitlist waitlist;
    private final EnrolmentNews news;
    private final CentreZone zone;
    private final Clock clock;

    @Activate
    public CourseDesk(@Reference Catalogue catalogue, @Reference Waitlist waitlist, @Reference EnrolmentNews news,
            @Reference CentreZone zone) {
        this(catalogue, waitlist, news, zone, Clock.systemUTC());
    }

    CourseDesk(Catalogue catalogue, Waitlist waitlist, EnrolmentNews news, CentreZone zone, Clock clock) {
        this.catalogue = catalogue;
        this.waitlist = waitlist;
        this.news = news;
        this.zone = zone;
        this.clock = clock;
    }

    /** Stores a new course as a draft. */
    public Course create(Course course, Caller trainer) throws SQLException {
        Map<String, String> problems = course.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("training.error.course", problems);
        }
        return catalogue.work().call(tx -> {
            long id = catalogue.insert(tx, course, trainer, clock.instant());
            news.recorded(tx, trainer, "training.course.created", id, course.title());
            return course.stored(id, Course.DRAFT);
        });
    }

    /** Adds a session to a course that is not cancelled. */
    public TrainingSession addSession(long courseId, SessionPlan plan, Caller trainer) throws SQLException {
        Instant now = clock.instant();
        Map<String, String> problems = plan.problems(zone.zone(), now);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("training.error.session", problems);
        }
        return catalogue.work().call(tx -> {
            Course course = catalogue.course(tx, courseId).orElseThrow(Catalogue::noCourse);
            if (Course.CANCELLED.equals(course.status())) {
                throw new Refusal(409, "training.refused.courseCancelled");
            }
            TrainingSession session = plan.session(courseId, zone.zone(), now);
            long id = catalogue.insert(tx, session);
            news.recorded(tx, trainer, "training.session.added", courseId, "session:" + id);
            return catalogue.session(tx, id).orElseThrow();
        });
    }

    /** Publishes a draft course that has at least one session. */
    public Course publish(long courseId, Caller trainer) throws SQLException {
        return catalogue.work().call(tx -> {
            Course course = catalogue.course(tx, courseId).orElseThrow(Catalogue::noCourse);
            if (!Course.DRAFT.equals(course.status())) {
                throw new Refusal(409, "training.refused.notDraft");
            }
            if (catalogue.sessions(tx, courseId).isEmpty()) {
                throw new Refusal(409, "training.refused.noSessions");
            }
            catalogue.status(tx, courseId, Course.PUBLISHED);
            news.recorded(tx, trainer, "training.course.published", courseId, course.title());
            return course.stored(courseId, Course.PUBLISHED);
        });
    }

    /** Rewrites a course that is not cancelled (its status stays). */
    public Course change(long courseId, Course course, Caller trainer) throws SQLException {
        Map<String, String> problems = course.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("training.error.course", problems);
        }
        return catalogue.work().call(tx -> {
            Course before = catalogue.course(tx, courseId).orElseThrow(Catalogue::noCourse);
            if (Course.CANCELLED.equals(before.status())) {
                throw new Refusal(409, "training.refused.courseCancelled");
            }
            catalogue.update(tx, courseId, course);
            news.recorded(tx, trainer, "training.course.changed", courseId, course.title());
            return course.stored(courseId, before.status());
        });
    }

    /**
     * Rewrites a session of a course that is not cancelled, under the session's row lock: its places may not fall
     * below those held; places a larger capacity frees are offered to the first in line.
     */
    public TrainingSession changeSession(long sessionId, SessionPlan plan, Caller trainer) throws SQLException {
        Instant now = clock.instant();
        Map<String, String> problems = plan.problems(zone.zone(), now);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("training.error.session", problems);
        }
        return Rolls.retrying(catalogue.work(), tx -> {
            TrainingSession before = Rolls.lock(tx, catalogue, sessionId);
            Course course = catalogue.course(tx, before.courseId()).orElseThrow(Catalogue::noCourse);
            if (Course.CANCELLED.equals(course.status())) {
                throw new Refusal(409, "training.refused.courseCancelled");
            }
            if (plan.capacity() < before.held()) {
                throw Refusal.invalid("training.error.session", Map.of("capacity", "training.error.belowHeld"));
            }
            catalogue.update(tx, sessionId, plan.session(before.courseId(), zone.zone(), now));
            waitlist.offerFreed(tx, sessionId);
            news.recorded(tx, trainer, "training.session.changed", before.courseId(), "session:" + sessionId);
            return catalogue.session(tx, sessionId).orElseThrow();
        });
    }

    /** Cancels a course that is not cancelled yet: every enrolment of its sessions is withdrawn, each person told. */
    public Course cancel(long courseId, Caller trainer) throws SQLException {
        return cancel(courseId, "", trainer);
    }

    /** Cancels the course for the reason given (blank for none), which each person enrolled is told. */
    public Course cancel(long courseId, String reason, Caller trainer) throws SQLException {
        String why = Course.trim(reason);
        if (why.length() > 500) {
            throw Refusal.invalid("training.error.cancel", Map.of("reason", "training.error.tooLong"));
        }
        return Rolls.retrying(catalogue.work(), tx -> {
            Course course = catalogue.course(tx, courseId).orElseThrow(Catalogue::noCourse);
            if (Course.CANCELLED.equals(course.status())) {
                throw new Refusal(409, "training.refused.courseCancelled");
            }
            catalogue.status(tx, courseId, Course.CANCELLED);
            for (TrainingSession session : catalogue.sessions(tx, courseId)) {
                waitlist.withdrawAll(tx, session.id(), course, trainer, why);
            }
            news.recorded(tx, trainer, "training.course.cancelled", courseId, why.isEmpty() ? course.title()
                    : course.title() + " — " + why);
            return course.stored(courseId, Course.CANCELLED);
        });
    }
}
