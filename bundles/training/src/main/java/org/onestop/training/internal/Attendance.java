package org.onestop.training.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.onestop.api.identity.Caller;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who came to a session: a confirmed enrolment is checked in once, at the door (its ticket read), at the desk (marked
 * by the trainer) or online (joined through the gateway's link), from {@value #DOOR_OPENS_HOURS} hours before the
 * start (online {@value #LINK_OPENS_MINUTES} minutes) until the end. Each check-in takes the session's row lock, so
 * a ticket read at two doors at the same instant is let in once; the other read is told it was already used.
 */
@Component(service = Attendance.class)
public final class Attendance {

    static final int DOOR_OPENS_HOURS = 2;
    static final int LINK_OPENS_MINUTES = 15;

    /** How a person came in. */
    enum Way {
        DOOR, DESK, ONLINE;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a check-in came to. */
    enum Outcome {
        /** Let in now. */
        CHECKED_IN,
        /** The enrolment is for another session. */
        OTHER_SESSION,
        /** The enrolment was checked in before. */
        ALREADY_USED,
        /** The enrolment holds no place (waiting, offered, cancelled, lapsed or withdrawn). */
        NO_PLACE,
        /** Too early, or the session is over. */
        NOT_NOW,
        /** No such enrolment. */
        UNKNOWN
    }

    /**
     * A check-in's result.
     *
     * @param outcome     what it came to
     * @param enrolment   the enrolment, null when unknown
     * @param checkedInAt when it was checked in (now, or the first time when already used); null otherwise
     */
    record CheckIn(Outcome outcome, Enrolment enrolment, Instant checkedInAt) {
    }

    private final Catalogue catalogue;
    private final EnrolmentNews news;
    private final Clock clock;

    @Activate
    public Attendance(@Reference Catalogue catalogue, @Reference EnrolmentNews news) {
        this(catalogue, news, Clock.systemUTC());
    }

    Attendance(Catalogue catalogue, EnrolmentNews news, Clock clock) {
        this.catalogue = catalogue;
        this.news = news;
        this.clock = clock;
    }

    /**
     * Checks the enrolment in to the session: {@code by} is the trainer at the door or desk, or the attendee online.
     */
    CheckIn checkIn(long sessionId, long enrolmentId, Way way, Caller by) throws SQLException {
        return Rolls.retrying(catalogue.work(), tx -> {
            Instant now = clock.instant();
            Optional<Enrolment> found = Rolls.enrolment(tx, enrolmentId);
            if (found.isEmpty()) {
                return new CheckIn(Outcome.UNKNOWN, null, null);
            }
            Enrolment enrolment = found.get();
            if (enrolment.sessionId() != sessionId) {
                return new CheckIn(Outcome.OTHER_SESSION, enrolment, null);
            }
            TrainingSession session = Rolls.lock(tx, catalogue, sessionId);
            Optional<Instant> before = checkedIn(tx, enrolmentId);
            if (before.isPresent()) {
                return new CheckIn(Outcome.ALREADY_USED, enrolment, before.get());
            }
            if (!Enrolment.CONFIRMED.equals(enrolment.status())) {
                return new CheckIn(Outcome.NO_PLACE, enrolment, null);
            }
            Duration early = way == Way.ONLINE ? Duration.ofMinutes(LINK_OPENS_MINUTES)
                    : Duration.ofHours(DOOR_OPENS_HOURS);
            if (now.isBefore(session.startsAt().minus(early)) || now.isAfter(session.endsAt())) {
                return new CheckIn(Outcome.NOT_NOW, enrolment, null);
            }
            try (PreparedStatement update = tx.prepareStatement("UPDATE TRAINING.ENROLMENT SET CHECKED_IN_AT = ?,"
                    + " CHECK_IN_WAY = ?, CHECKED_IN_BY = ? WHERE ID = ? AND CHECKED_IN_AT IS NULL")) {
                UtcColumns.set(update, 1, now);
                update.setString(2, way.code());
                if (way == Way.ONLINE) {
                    update.setNull(3, java.sql.Types.BIGINT);
                } else {
                    update.setLong(3, by.accountId());
                }
                update.setLong(4, enrolmentId);
                update.executeUpdate();
            }
            news.recorded(tx, by, "training.attendance." + way.code(), enrolment);
            return new CheckIn(Outcome.CHECKED_IN, enrolment, UtcColumns.storable(now));
        });
    }

    /** When the enrolment was checked in, if it was. */
    static Optional<Instant> checkedIn(Connection tx, long enrolmentId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT CHECKED_IN_AT FROM TRAINING.ENROLMENT"
                + " WHERE ID = ?")) {
            select.setLong(1, enrolmentId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(UtcColumns.get(row, 1)) : Optional.empty();
            }
        }
    }
}
