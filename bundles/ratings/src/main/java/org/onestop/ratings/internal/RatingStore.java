package org.onestop.ratings.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.RatingDimension;
import org.onestop.api.ratings.RatingSubject;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The invitations, ratings and follow-ups in the schema {@code RATINGS}. Table names are qualified, so that the
 * invitation can be written on the connection of the platform's move.
 */
@Component(service = RatingStore.class)
public final class RatingStore {

    private static final String COLUMNS = "ID, TRACKING_NUMBER, MODULE, TITLE, STATUS_ZH, STATUS_EN,"
            + " APPLICANT_ID, STAFF_ID, STAFF_NAME, INVITED_AT, LEVEL_CODE, COMMENT_TEXT, RATED_AT, FOLLOW_UP_DUE,"
            + " RESPONSE, RESPONDER_NAME, ANSWERED_AT, TITLE_EN";

    private final DataSource database;

    @Activate
    public RatingStore(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=RATINGS)") DataSource database) {
        this.database = database;
    }

    UnitOfWork work() {
        return new UnitOfWork(database);
    }

    /** Stores the invitation of a case that closed in {@code status}; false when the case was invited before. */
    boolean invite(Connection tx, CaseFile file, Label status, List<RatingDimension> dimensions, Instant at)
            throws SQLException {
        if (exists(tx, "CASE_ID = ?", file.id())) {
            return false;
        }
        long id;
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO RATINGS.INVITATION (CASE_ID,"
                + " TRACKING_NUMBER, MODULE, CASE_TYPE, TITLE, STATUS, STATUS_ZH, STATUS_EN, APPLICANT_ID, STAFF_ID,"
                + " STAFF_NAME, INVITED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, file.id());
            insert.setString(2, file.trackingNumber());
            insert.setString(3, file.module());
            insert.setString(4, file.caseType());
            insert.setString(5, file.title());
            insert.setString(6, file.status());
            insert.setString(7, status.zh());
            insert.setString(8, status.en());
            insert.setLong(9, file.applicantId());
            insert.setObject(10, file.assigneeId(), Types.BIGINT);
            insert.setString(11, file.assigneeName());
            UtcColumns.set(insert, 12, at);
            id = inserted(insert);
        }
        ask(tx, id, dimensions);
        return true;
    }

    /**
     * Stores the invitation of a subject that is not a case, with the number of its page; empty when the subject
     * (module and reference) was invited before.
     */
    Optional<String> invite(Connection tx, RatingSubject subject, String number, Instant at) throws SQLException {
        if (exists(tx, "MODULE = ? AND MODULE_REFERENCE = ?", subject.module(), subject.reference())) {
            return Optional.empty();
        }
        long id;
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO RATINGS.INVITATION (MODULE_REFERENCE,"
                + " TRACKING_NUMBER, MODULE, TITLE, TITLE_EN, APPLICANT_ID, STAFF_ID, STAFF_NAME, INVITED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, subject.reference());
            insert.setString(2, number);
            insert.setString(3, subject.module());
            insert.setString(4, subject.title().zh());
            insert.setString(5, subject.title().en());
            insert.setLong(6, subject.accountId());
            insert.setObject(7, subject.staffId(), Types.BIGINT);
            insert.setString(8, subject.staffName());
            UtcColumns.set(insert, 9, at);
            id = inserted(insert);
        }
        ask(tx, id, subject.dimensions());
        return Optional.of(number);
    }

    /** Whether the page number {@code number} is taken. */
    boolean numbered(Connection tx, String number) throws SQLException {
        return exists(tx, "TRACKING_NUMBER = ?", number);
    }

    private static boolean exists(Connection tx, String where, Object... arguments) throws SQLException {
        try (PreparedStatement exists = tx.prepareStatement("SELECT 1 FROM RATINGS.INVITATION WHERE " + where)) {
            for (int i = 0; i < arguments.length; i++) {
                exists.setObject(i + 1, arguments[i]);
            }
            try (ResultSet row = exists.executeQuery()) {
                return row.next();
            }
        }
    }

    private static long inserted(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void ask(Connection tx, long id, List<RatingDimension> dimensions) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO RATINGS.DIMENSION (INVITATION_ID, POSITION,"
                + " CODE, LABEL_ZH, LABEL_EN) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (RatingDimension dimension : dimensions) {
                insert.setLong(1, id);
                insert.setShort(2, (short) position++);
                insert.setString(3, dimension.code());
                insert.setString(4, dimension.label().zh());
                insert.setString(5, dimension.label().en());
                insert.addBatch();
            }
            if (position > 0) {
                insert.executeBatch();
            }
        }
    }

    /** The invitation of the case or subject whose page is {@code trackingNumber}, read in the caller's transaction. */
    Optional<Rating> find(Connection tx, String trackingNumber) throws SQLException {
        List<Rating> found = select(tx, "WHERE TRACKING_NUMBER = ?", trackingNumber);
        return found.stream().findFirst();
    }

    /** Every invitation of {@code applicantId}, those still to rate first, newest first. */
    List<Rating> ofApplicant(long applicantId) throws SQLException {
        return work().call(tx -> select(tx, "WHERE APPLICANT_ID = ? ORDER BY CASE WHEN LEVEL_CODE IS NULL THEN 0"
                + " ELSE 1 END, INVITED_AT DESC, ID DESC", applicantId));
    }

    /** The bad reviews: open ones by due date, or answered ones, latest answer first. */
    List<Rating> followUps(boolean open) throws SQLException {
        return work().call(tx -> select(tx, open
                ? "WHERE FOLLOW_UP_DUE IS NOT NULL AND RESPONSE IS NULL ORDER BY FOLLOW_UP_DUE, RATED_AT"
                : "WHERE RESPONSE IS NOT NULL ORDER BY ANSWERED_AT DESC FETCH FIRST 100 ROWS ONLY"));
    }

    /** The ratings given in the centre's month {@code month} ({@code YYYY-MM}). */
    List<Rating> ratedIn(String month) throws SQLException {
        return work().call(tx -> select(tx, "WHERE RATED_MONTH = ? ORDER BY RATED_AT", month));
    }

    /**
     * Keeps the rating of a case not rated yet; false when it was rated meanwhile. {@code followUpDue} is null
     * unless the rating is a bad review.
     */
    boolean rate(Connection tx, long id, RatingForm form, Instant at, String month, LocalDate followUpDue)
            throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE RATINGS.INVITATION SET LEVEL_CODE = ?,"
                + " COMMENT_TEXT = ?, RATED_AT = ?, RATED_MONTH = ?, FOLLOW_UP_DUE = ?"
                + " WHERE ID = ? AND LEVEL_CODE IS NULL")) {
            update.setString(1, form.overall().code());
            update.setString(2, form.comment());
            UtcColumns.set(update, 3, at);
            update.setString(4, month);
            update.setDate(5, followUpDue == null ? null : Date.valueOf(followUpDue));
            update.setLong(6, id);
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement update = tx.prepareStatement("UPDATE RATINGS.DIMENSION SET LEVEL_CODE = ?"
                + " WHERE INVITATION_ID = ? AND CODE = ?")) {
            for (Map.Entry<String, String> scored : form.dimensions().entrySet()) {
                update.setString(1, scored.getValue());
                update.setLong(2, id);
                update.setString(3, scored.getKey());
                update.executeUpdate();
            }
        }
        return true;
    }

    /** Keeps the supervisors' answer to an open follow-up; false when there is none open. */
    boolean answer(Connection tx, long id, String response, long responderId, String responderName, Instant at)
            throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE RATINGS.INVITATION SET RESPONSE = ?,"
                + " RESPONDER_ID = ?, RESPONDER_NAME = ?, ANSWERED_AT = ?"
                + " WHERE ID = ? AND FOLLOW_UP_DUE IS NOT NULL AND RESPONSE IS NULL")) {
            update.setString(1, response);
            update.setLong(2, responderId);
            update.setString(3, responderName);
            UtcColumns.set(update, 4, at);
            update.setLong(5, id);
            return update.executeUpdate() == 1;
        }
    }

    private static List<Rating> select(Connection tx, String where, Object... arguments) throws SQLException {
        List<Rating> ratings = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM RATINGS.INVITATION "
                + where)) {
            for (int i = 0; i < arguments.length; i++) {
                select.setObject(i + 1, arguments[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Date due = row.getDate(14);
                    String statusZh = row.getString(5);
                    ratings.add(new Rating(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            statusZh == null ? null : Label.of(statusZh, row.getString(6)), row.getLong(7),
                            row.getObject(8, Long.class), row.getString(9), UtcColumns.get(row, 10), List.of(),
                            Level.of(row.getString(11)).orElse(null), row.getString(12), UtcColumns.get(row, 13),
                            due == null ? null : due.toLocalDate(), row.getString(15), row.getString(16),
                            UtcColumns.get(row, 17), row.getString(18)));
                }
            }
        }
        List<Rating> withDimensions = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT CODE, LABEL_ZH, LABEL_EN, LEVEL_CODE"
                + " FROM RATINGS.DIMENSION WHERE INVITATION_ID = ? ORDER BY POSITION")) {
            for (Rating rating : ratings) {
                List<Rating.Dimension> dimensions = new ArrayList<>();
                select.setLong(1, rating.id());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        dimensions.add(new Rating.Dimension(row.getString(1), Label.of(row.getString(2),
                                row.getString(3)), Level.of(row.getString(4)).orElse(null)));
                    }
                }
                withDimensions.add(rating.with(dimensions));
            }
        }
        return withDimensions;
    }
}
