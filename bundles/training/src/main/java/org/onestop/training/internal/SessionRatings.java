package org.onestop.training.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onestop.api.cases.Label;
import org.onestop.api.cases.RatingDimension;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.ratings.RatingRequests;
import org.onestop.api.ratings.RatingSubject;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The rating invitation after a session (好差评 "一次一评"): each person checked in at a session that has ended is
 * invited once to rate it (useful content, the trainer, the organisation), through the ratings bundle's
 * {@link RatingRequests}. The enrolment's {@code RATING_INVITED_AT} is set in the transaction of the invitation, so
 * two sweeps never invite twice; while the ratings bundle is not deployed nothing is invited and nothing marked, so
 * those checked in are invited once it is. A named attendee (enrolled by a member of their organisation) has no
 * account of their own to rate with, so only people who enrolled themselves are invited.
 */
@Component(service = SessionRatings.class)
public final class SessionRatings {

    /** What a session is rated on besides the overall level. */
    static final List<RatingDimension> DIMENSIONS = List.of(
            new RatingDimension("content", Label.of("内容实用", "Useful content")),
            new RatingDimension("trainer", Label.of("讲师水平", "The trainer")),
            new RatingDimension("organisation", Label.of("组织安排", "Organisation")));

    private static final DateTimeFormatter DAY_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** The longest part of a course's title in the rating's title, which leaves room for the day. */
    private static final int TITLE_MAX = 170;

    private final Catalogue catalogue;
    private final CentreZone zone;
    private final Clock clock;
    /** The ratings bundle's service, while it is deployed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RatingRequests ratings;

    @Activate
    public SessionRatings(@Reference Catalogue catalogue, @Reference CentreZone zone) {
        this(catalogue, zone, Clock.systemUTC(), null);
    }

    /** Invitations through {@code ratings} (null: ratings not deployed), for tests. */
    SessionRatings(Catalogue catalogue, CentreZone zone, Clock clock, RatingRequests ratings) {
        this.catalogue = catalogue;
        this.zone = zone;
        this.clock = clock;
        this.ratings = ratings;
    }

    /** Invites those checked in at sessions that have ended and were not invited yet; how many were invited. */
    int invite() throws SQLException {
        RatingRequests requests = ratings;
        if (requests == null) {
            return 0;
        }
        Instant now = clock.instant();
        int invited = 0;
        for (long id : due(now)) {
            if (inviteOne(requests, id, now)) {
                invited++;
            }
        }
        return invited;
    }

    private List<Long> due(Instant now) throws SQLException {
        return catalogue.work().call(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT E.ID FROM TRAINING.ENROLMENT E"
                    + " JOIN TRAINING.COURSE_SESSION S ON S.ID = E.SESSION_ID WHERE E.CHECKED_IN_AT IS NOT NULL"
                    + " AND E.ATTENDEE_NAME IS NULL AND E.RATING_INVITED_AT IS NULL AND S.ENDS_AT <= ? ORDER BY E.ID")) {
                UtcColumns.set(select, 1, now);
                try (ResultSet rows = select.executeQuery()) {
                    List<Long> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                }
            }
        });
    }

    private boolean inviteOne(RatingRequests requests, long enrolmentId, Instant now) throws SQLException {
        return Rolls.retrying(catalogue.work(), tx -> {
            Optional<Enrolment> enrolment = Rolls.enrolment(tx, enrolmentId);
            Optional<TrainingSession> session = enrolment.isEmpty() ? Optional.empty()
                    : catalogue.session(tx, enrolment.get().sessionId());
            Optional<Course> course = session.isEmpty() ? Optional.empty()
                    : catalogue.course(tx, session.get().courseId());
            if (course.isEmpty() || session.get().endsAt().isAfter(now)) {
                return false;
            }
            try (PreparedStatement mark = tx.prepareStatement("UPDATE TRAINING.ENROLMENT SET RATING_INVITED_AT = ?"
                    + " WHERE ID = ? AND RATING_INVITED_AT IS NULL AND CHECKED_IN_AT IS NOT NULL")) {
                UtcColumns.set(mark, 1, now);
                mark.setLong(2, enrolmentId);
                if (mark.executeUpdate() == 0) {
                    return false;
                }
            }
            requests.invite(tx, subject(enrolment.get(), session.get(), course.get()));
            return true;
        });
    }

    private static String cut(String title) {
        return title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
    }

    /** What the person rates: the course on the session's day, given by its trainer. */
    RatingSubject subject(Enrolment enrolment, TrainingSession session, Course course) {
        LocalDate day = session.startsAt().atZone(zone.zone()).toLocalDate();
        String title = cut(course.titleIn("zh"));
        String titleEn = cut(course.titleIn("en"));
        String trainer = course.trainer() == null || course.trainer().isBlank() ? null : course.trainer();
        return new RatingSubject("training", "enrolment:" + enrolment.id(),
                Label.of(title + "（" + DAY_ZH.format(day) + "）", titleEn + " (" + DAY_EN.format(day) + ")"),
                enrolment.accountId(), null, trainer, DIMENSIONS);
    }
}
