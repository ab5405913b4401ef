package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.schema.UtcColumns;

/** Reads case envelopes from {@code CASES.CASE_FILE} with the names of their applicant and assignee. */
public final class CaseRows {

    /** The columns {@link #read(ResultSet)} expects, in order; tables aliased {@code c}, {@code a}, {@code s}. */
    public static final String SELECT = "SELECT c.ID, c.TRACKING_NUMBER, c.MODULE, c.CASE_TYPE, c.TITLE, c.STATUS,"
            + " c.APPLICANT_ID, a.DISPLAY_NAME, c.ORGANISATION_ID, c.ASSIGNEE_ID, s.DISPLAY_NAME, c.OPENED_AT,"
            + " c.UPDATED_AT, c.DUE_ON, c.VERSION FROM CASES.CASE_FILE c"
            + " JOIN PLATFORM.ACCOUNT a ON a.ID = c.APPLICANT_ID LEFT JOIN PLATFORM.ACCOUNT s ON s.ID = c.ASSIGNEE_ID";

    private CaseRows() {
    }

    public static CaseFile read(ResultSet row) throws SQLException {
        long organisation = row.getLong(9);
        Long organisationId = row.wasNull() ? null : organisation;
        long assignee = row.getLong(10);
        Long assigneeId = row.wasNull() ? null : assignee;
        Date due = row.getDate(14);
        return new CaseFile(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getLong(7), row.getString(8), organisationId, assigneeId, row.getString(11),
                UtcColumns.get(row, 12), UtcColumns.get(row, 13), due == null ? null : due.toLocalDate(),
                row.getLong(15));
    }

    public static Optional<CaseFile> byTrackingNumber(Connection connection, String trackingNumber)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE c.TRACKING_NUMBER = ?")) {
            select.setString(1, trackingNumber);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    public static Optional<CaseFile> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE c.ID = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }
}
