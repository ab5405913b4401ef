package org.onestop.training.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A person's training record: the sessions they attended (checked in), the credit hours (学时) earned per course and
 * in all, their certificates of attendance, and their no-shows (a confirmed place in a session that has ended without
 * a check-in). A course's credit hours are earned once the session has ended, and once per course however many of
 * its sessions the person attended. Reading the record issues the certificates that have fallen due.
 */
@Component(service = TrainingRecord.class)
public final class TrainingRecord {

    /**
     * A session attended.
     *
     * @param enrolmentId the enrolment
     * @param sessionId   the session
     * @param courseId    its course
     * @param course      the course's title
     * @param startsAt    when the session started (UTC)
     * @param ended       whether it has ended
     * @param creditHours the course's credit hours
     * @param way         how the person was checked in: {@code door}, {@code desk} or {@code online}
     * @param certificate the certificate's number, or null until the session has ended
     */
    public record Attended(long enrolmentId, long sessionId, long courseId, String course, Instant startsAt,
            boolean ended, int creditHours, String way, String certificate) {
    }

    /** The credit hours earned for one course. */
    public record CourseHours(long courseId, String course, int creditHours) {
    }

    /** A confirmed place in a session that ended without the person. */
    public record NoShow(long enrolmentId, long sessionId, String course, Instant startsAt) {
    }

    /**
     * The whole record; the lists run from the latest session to the earliest. {@code certificates} are the person's
     * own; {@code certificatesOfNamed} those of the people they enrolled by name for their organisation, kept for them
     * to hand on (their hours are not the person's).
     */
    public record Record(List<Attended> attended, List<CourseHours> hours, int totalHours,
            List<Certificates.Certificate> certificates, List<NoShow> noShows,
            List<Certificates.Certificate> certificatesOfNamed) {
    }

    private final Catalogue catalogue;
    private final Certificates certificates;
    private final Clock clock;

    @Activate
    public TrainingRecord(@Reference Catalogue catalogue, @Reference Certificates certificates) {
        this(catalogue, certificates, Clock.systemUTC());
    }

    TrainingRecord(Catalogue catalogue, Certificates certificates, Clock clock) {
        this.catalogue = catalogue;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** The record of the account, with the certificates due to it issued now. */
    Record of(long accountId) throws SQLException {
        List<Certificates.Certificate> all = certificates.issue(accountId);
        Set<Long> named = catalogue.work().call(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT ID FROM TRAINING.ENROLMENT"
                    + " WHERE ACCOUNT_ID = ? AND ATTENDEE_NAME IS NOT NULL")) {
                select.setLong(1, accountId);
                try (ResultSet rows = select.executeQuery()) {
                    Set<Long> ids = new HashSet<>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                }
            }
        });
        List<Certificates.Certificate> issued = all.stream().filter(c -> !named.contains(c.enrolmentId())).toList();
        List<Certificates.Certificate> ofNamed = all.stream().filter(c -> named.contains(c.enrolmentId())).toList();
        Map<Long, String> numbers = new LinkedHashMap<>();
        issued.forEach(c -> numbers.put(c.enrolmentId(), c.number()));
        Instant now = clock.instant();
        List<Attended> attended = new ArrayList<>();
        List<NoShow> noShows = new ArrayList<>();
        catalogue.work().call(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT E.ID, E.SESSION_ID, S.COURSE_ID, C.TITLE,"
                    + " S.STARTS_AT, S.ENDS_AT, C.CREDIT_HOURS, E.CHECKED_IN_AT, E.CHECK_IN_WAY, E.STATUS"
                    + " FROM TRAINING.ENROLMENT E JOIN TRAINING.COURSE_SESSION S ON S.ID = E.SESSION_ID"
                    + " JOIN TRAINING.COURSE C ON C.ID = S.COURSE_ID WHERE E.ACCOUNT_ID = ?"
                    + " AND E.ATTENDEE_NAME IS NULL AND (E.CHECKED_IN_AT IS NOT NULL OR (E.STATUS = 'confirmed' AND S.ENDS_AT <= ?))"
                    + " ORDER BY S.STARTS_AT DESC, E.ID DESC")) {
                select.setLong(1, accountId);
                UtcColumns.set(select, 2, now);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long enrolment = rows.getLong(1);
                        Instant ends = UtcColumns.get(rows, 6);
                        if (UtcColumns.get(rows, 8) == null) {
                            noShows.add(new NoShow(enrolment, rows.getLong(2), rows.getString(4),
                                    UtcColumns.get(rows, 5)));
                        } else {
                            attended.add(new Attended(enrolment, rows.getLong(2), rows.getLong(3), rows.getString(4),
                                    UtcColumns.get(rows, 5), !now.isBefore(ends), rows.getInt(7), rows.getString(9),
                                    numbers.get(enrolment)));
                        }
                    }
                }
            }
            return null;
        });
        Map<Long, CourseHours> hours = new LinkedHashMap<>();
        for (Certificates.Certificate c : issued) {
            hours.merge(c.courseId(), new CourseHours(c.courseId(), c.course(), c.creditHours()),
                    (a, b) -> a.creditHours() >= b.creditHours() ? a : b);
        }
        int total = hours.values().stream().mapToInt(CourseHours::creditHours).sum();
        return new Record(attended, List.copyOf(hours.values()), total, issued, noShows, ofNamed);
    }
}
