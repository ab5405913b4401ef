package org.onestop.cases.internal.casework;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.schema.UtcColumns;
import org.onestop.cases.internal.cases.CaseRows;

/**
 * How the workbench reads case envelopes: the columns of {@code CASE_FILE} with the applicant's and the assignee's
 * names, and statements bound from a list of values (instants as UTC, dates as dates).
 */
final class CaseColumns {

    /** The envelope's columns, then the names of {@code P} (the applicant) and {@code A} (the assignee). */
    static final String SELECT = "SELECT C.ID, C.TRACKING_NUMBER, C.MODULE, C.CASE_TYPE, C.TITLE, C.STATUS,"
            + " C.APPLICANT_ID, P.DISPLAY_NAME, C.ORGANISATION_ID, C.ASSIGNEE_ID, A.DISPLAY_NAME, C.OPENED_AT,"
            + " C.UPDATED_AT, C.DUE_ON, C.VERSION";
    static final String FROM = " FROM CASES.CASE_FILE C JOIN PLATFORM.ACCOUNT P ON P.ID = C.APPLICANT_ID"
            + " LEFT JOIN PLATFORM.ACCOUNT A ON A.ID = C.ASSIGNEE_ID";

    private CaseColumns() {
    }

    /** The cases {@code sql} (which selects {@link #SELECT}) finds with {@code values}. */
    static List<CaseFile> cases(Connection connection, String sql, List<Object> values) throws SQLException {
        List<CaseFile> cases = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, values); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                cases.add(CaseRows.read(rows));
            }
        }
        return cases;
    }

    /** The one number {@code sql} counts with {@code values}. */
    static long count(Connection connection, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, values); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof Instant instant) {
                    UtcColumns.set(statement, i + 1, instant);
                } else if (value instanceof LocalDate day) {
                    statement.setDate(i + 1, Date.valueOf(day));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
