package org.onestop.ratings.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String COLUMNS = "CASE_ID, TRACKING_NUMBER, MODULE, TITLE, STATUS_ZH, STATUS_EN,"
            + " APPLICANT_ID, STAFF_ID, STAFF_NAME, INVITED_AT, LEVEL_CODE, COMMENT_TEXT, RATED_AT, FOLLOW_UP_DUE,"
            + " RESPONSE, RESPONDER_NAME, ANSWERED_AT";

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
        try (PreparedStatement exists = tx.prepareStatement("SELECT 1 FROM RATINGS.INVITATION WHERE CASE_ID = ?")) {
            exists.setLong(1, file.id());
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO RATINGS.INVITATION (CASE_ID,"
                + " TRACKING_NUMBER, MODULE, CASE_TYPE, TITLE, STATUS, STATUS_ZH, STATUS_EN, APPLICANT_ID, STAFF_ID,"
                + " STAFF_NAME, INVITED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            insert.executeUpdate();
        }
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO RATINGS.DIMENSION (CASE_ID, POSITION, CODE,"
                + " LABEL_ZH, LABEL_EN) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (RatingDimension dimension : dimensions) {
                insert.setLong(1, file.id());
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
        return true;
    }

    /** The invitation of the case {@code trackingNumber}, read in the caller's transaction. */
    Optional<Rating> find(Connection tx, String trackingNumber) throws SQLException {
        List<Rating> found = select(tx, "WHERE TRACKING_NUMBER = ?", trackingNumber);
        return found.stream().findFirst();
    }

    /** Every invitation of {@code applicantId}, those still to rate first, newest first. */
    List<Rating> ofApplicant(long applicantId) throws SQLException {
        return work().call(tx -> select(tx, "WHERE APPLICANT_ID = ? ORDER BY CASE WHEN LEVEL_CODE IS NULL THEN 0"
                + " ELSE 1 END, INVITED_AT DESC, CASE_ID DESC", applicantId));
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
    boolean rate(Connection tx, long caseId, RatingForm form, Instant at, String month, LocalDate followUpDue)
            throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE RATINGS.INVITATION SET LEVEL_CODE = ?,"
                + " COMMENT_TEXT = ?, RATED_AT = ?, RATED_MONTH = ?, FOLLOW_UP_DUE = ?"
                + " WHERE CASE_ID = ? AND LEVEL_CODE IS NULL")) {
            update.setString(1, form.overall().code());
            update.setString(2, form.comment());
            UtcColumns.set(update, 3, at);
            update.setString(4, month);
            update.setDate(5, followUpDue == null ? null : Date.valueOf(followUpDue));
            update.setLong(6, caseId);
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement update = tx.prepareStatement("UPDATE RATINGS.DIMENSION SET LEVEL_CODE = ?"
                + " WHERE CASE_ID = ? AND CODE = ?")) {
            for (Map.Entry<String, String> scored : form.dimensions().entrySet()) {
                update.setString(1, scored.getValue());
                update.setLong(2, caseId);
                update.setString(3, scored.getKey());
                update.executeUpdate();
            }
        }
        return true;
    }

    /** Keeps the supervisors' answer to an open follow-up; false when there is none open. */
    boolean answer(Connection tx, long caseId, String response, long responderId, String responderName, Instant at)
            throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE RATINGS.INVITATION SET RESPONSE = ?,"
                + " RESPONDER_ID = ?, RESPONDER_NAME = ?, ANSWERED_AT = ?"
                + " WHERE CASE_ID = ? AND FOLLOW_UP_DUE IS NOT NULL AND RESPONSE IS NULL")) {
            update.setString(1, response);
            update.setLong(2, responderId);
            update.setString(3, responderName);
            UtcColumns.set(update, 4, at);
            update.setLong(5, caseId);
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
                    ratings.add(new Rating(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            Label.of(row.getString(5), row.getString(6)), row.getLong(7),
                            row.getObject(8, Long.class), row.getString(9), UtcColumns.get(row, 10), List.of(),
                            Level.of(row.getString(11)).orElse(null), row.getString(12), UtcColumns.get(row, 13),
                            due == null ? null : due.toLocalDate(), row.getString(15), row.getString(16),
                            UtcColumns.get(row, 17)));
                }
            }
        }
        List<Rating> withDimensions = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT CODE, LABEL_ZH, LABEL_EN, LEVEL_CODE"
                + " FROM RATINGS.DIMENSION WHERE CASE_ID = ? ORDER BY POSITION")) {
            for (Rating rating : ratings) {
                List<Rating.Dimension> dimensions = new ArrayList<>();
                select.setLong(1, rating.caseId());
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
