package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.onestop.api.schema.UnitOfWork;

/**
 * Hands out tracking numbers {@code PREFIX-YYYY-NNNNNN}, one sequence per prefix and year in
 * {@code CASES.CASE_SEQUENCE}. Each number is taken in a short transaction of its own: the row lock makes
 * concurrent takers (in this gateway or another on the same database) wait their turn, and a case that is then
 * not stored leaves a gap rather than a duplicate.
 */
public final class TrackingNumbers {

    /** What a tracking number looks like. */
    public static final Pattern FORMAT = Pattern.compile("[A-Z]{2,6}-\\d{4}-\\d{6,}");
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource database;

    public TrackingNumbers(DataSource database) {
        this.database = database;
    }

    /** The next number of {@code prefix} in {@code year}. */
    public String next(String prefix, int year) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try {
                int number = new UnitOfWork(database).call(c -> take(c, prefix, year));
                return format(prefix, year, number);
            } catch (SQLException e) {
                // two first takers of a new year both inserted the row: the loser takes the next number
                if (!DUPLICATE_KEY.equals(e.getSQLState()) || attempt > 3) {
                    throw e;
                }
            }
        }
    }

    static String format(String prefix, int year, int number) {
        return String.format("%s-%04d-%06d", prefix, year, number);
    }

    private static int take(Connection connection, String prefix, int year) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement("UPDATE CASES.CASE_SEQUENCE"
                + " SET LAST_NUMBER = LAST_NUMBER + 1 WHERE PREFIX = ? AND CASE_YEAR = ?")) {
            bump.setString(1, prefix);
            bump.setInt(2, year);
            if (bump.executeUpdate() == 0) {
                try (PreparedStatement first = connection.prepareStatement(
                        "INSERT INTO CASES.CASE_SEQUENCE (PREFIX, CASE_YEAR, LAST_NUMBER) VALUES (?, ?, 1)")) {
                    first.setString(1, prefix);
                    first.setInt(2, year);
                    first.executeUpdate();
                    return 1;
                }
            }
        }
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT LAST_NUMBER FROM CASES.CASE_SEQUENCE WHERE PREFIX = ? AND CASE_YEAR = ?")) {
            read.setString(1, prefix);
            read.setInt(2, year);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
