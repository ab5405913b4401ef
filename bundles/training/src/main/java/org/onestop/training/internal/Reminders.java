package org.onestop.training.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The reminder before a session: every confirmed place of a published course whose session starts within the next
 * {@code reminder.hours} (and has not started) is reminded once, in the app and by mail. The enrolment's
 * {@code REMINDED_AT} is set in the transaction that tells the person, and only while it is still empty and the place
 * still confirmed, so two sweeps (or two gateways) never remind twice and a place cancelled meanwhile is not reminded.
 */
@Component(service = Reminders.class)
public final class Reminders {

    private final Catalogue catalogue;
    private final EnrolmentNews news;
    private final Clock clock;

    @Activate
    public Reminders(@Reference Catalogue catalogue, @Reference EnrolmentNews news) {
        this(catalogue, news, Clock.systemUTC());
    }

    Reminders(Catalogue catalogue, EnrolmentNews news, Clock clock) {
        this.catalogue = catalogue;
        this.news = news;
        this.clock = clock;
    }

    /** Reminds the confirmed places whose session starts within {@code hours} from now; how many were reminded. */
    int remind(int hours) throws SQLException {
        if (hours <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        int reminded = 0;
        for (long id : due(now, now.plus(Duration.ofHours(hours)))) {
            if (remindOne(id, now)) {
                reminded++;
            }
        }
        return reminded;
    }

    private List<Long> due(Instant now, Instant until) throws SQLException {
        return catalogue.work().call(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT E.ID FROM TRAINING.ENROLMENT E"
                    + " JOIN TRAINING.COURSE_SESSION S ON S.ID = E.SESSION_ID JOIN TRAINING.COURSE C"
                    + " ON C.ID = S.COURSE_ID WHERE E.STATUS = 'confirmed' AND E.REMINDED_AT IS NULL"
                    + " AND C.STATUS = 'published' AND S.STARTS_AT > ? AND S.STARTS_AT <= ? ORDER BY E.ID")) {
                UtcColumns.set(select, 1, now);
                UtcColumns.set(select, 2, until);
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

    private boolean remindOne(long enrolmentId, Instant now) throws SQLException {
        return Rolls.retrying(catalogue.work(), tx -> {
            Optional<Enrolment> enrolment = Rolls.enrolment(tx, enrolmentId);
            Optional<TrainingSession> session = enrolment.isEmpty() ? Optional.empty()
                    : catalogue.session(tx, enrolment.get().sessionId());
            if (session.isEmpty() || !session.get().startsAt().isAfter(now)) {
                return false;
            }
            try (PreparedStatement mark = tx.prepareStatement("UPDATE TRAINING.ENROLMENT SET REMINDED_AT = ?"
                    + " WHERE ID = ? AND REMINDED_AT IS NULL AND STATUS = 'confirmed'")) {
                UtcColumns.set(mark, 1, now);
                mark.setLong(2, enrolmentId);
                if (mark.executeUpdate() == 0) {
                    return false;
                }
            }
            news.reminded(tx, enrolment.get(), session.get());
            return true;
        });
    }
}
