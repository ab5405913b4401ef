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
 * How the workbench reads case envelopes: the columns of {@code CASE_FILE}, named afterwards by {@link CaseRows},
 * and statements bound from a list of values (instants as UTC, dates as dates).
 */
final class CaseColumns {

    /** The envelope's columns of {@code C}, as {@link CaseRows#read} reads them. */
    static final String SELECT = CaseRows.COLUMNS;
    static final String FROM = " FROM CASES.CASE_FILE C";

    private CaseColumns() {
    }

    /** The cases {@code sql} (which selects {@link #SELECT}) finds with {@code values}, named by {@code rows}. */
    static List<CaseFile> cases(Connection connection, CaseRows names, String sql, List<Object> values)
            throws SQLException {
        List<CaseFile> cases = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, values); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                cases.add(CaseRows.read(rows));
            }
        }
        return names.named(connection, cases);
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
