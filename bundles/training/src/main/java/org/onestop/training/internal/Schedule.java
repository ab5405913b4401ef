package org.onestop.training.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What readers see of the courses: the catalogue's pages, a session and a course with its sessions. A draft is seen
 * only by trainers and supervisors (404 for others). A session is settled before it is read, so that its places left
 * never count an offer that has expired.
 */
@Component(service = Schedule.class)
public final class Schedule {

    /** One page of the catalogue. */
    public record Found(List<SessionView> items, long total, int page, int size, int pages) {
    }

    /** A course with its sessions. */
    public record CourseView(Course course, List<SessionView> sessions) {
    }

    /** A session as one reader sees it, with the reader's latest enrolment in it, or null. */
    public record Reading(SessionView view, Enrolment mine) {
    }

    private final Catalogue catalogue;
    private final Waitlist waitlist;
    private final CentreZone zone;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Schedule(@Reference Catalogue catalogue, @Reference Waitlist waitlist, @Reference CentreZone zone) {
        this.catalogue = catalogue;
        this.waitlist = waitlist;
        this.zone = zone;
    }

    Found find(CatalogueQuery query) throws SQLException {
        Instant now = clock.instant();
        Catalogue.Page page = catalogue.search(query.filter(zone.zone()), query.paging(), now);
        return new Found(page.items().stream().map(l -> SessionView.of(l.course(), l.session(), now)).toList(),
                page.total(), query.paging().page(), query.paging().size(), query.paging().pages(page.total()));
    }

    Reading session(long id, Caller reader) throws SQLException {
        waitlist.settle(id);
        Instant now = clock.instant();
        return catalogue.work().call(tx -> {
            TrainingSession session = catalogue.session(tx, id).orElseThrow(Catalogue::noSession);
            Course course = visible(catalogue.course(tx, session.courseId()).orElseThrow(), reader)
                    .orElseThrow(Catalogue::noSession);
            Enrolment mine = reader.signedIn() ? Rolls.latestOwn(tx, id, reader.accountId()).orElse(null) : null;
            return new Reading(SessionView.of(course, session, now), mine);
        });
    }

    CourseView course(long id, Caller reader) throws SQLException {
        Instant now = clock.instant();
        return catalogue.work().call(tx -> {
            Course course = catalogue.course(tx, id).flatMap(c -> visible(c, reader))
                    .orElseThrow(Catalogue::noCourse);
            return new CourseView(course, catalogue.sessions(tx, id).stream()
                    .map(s -> SessionView.of(course, s, now)).toList());
        });
    }

    static boolean trains(Caller caller) {
        return caller.has(Role.TRAINER) || caller.has(Role.SUPERVISOR);
    }

    private static Optional<Course> visible(Course course, Caller reader) {
        return Course.DRAFT.equals(course.status()) && !trains(reader) ? Optional.empty() : Optional.of(course);
    }
}
