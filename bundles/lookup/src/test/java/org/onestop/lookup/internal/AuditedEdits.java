package org.onestop.lookup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Edits whose audit entries go into a table of the test database, written with the connection of the change as the
 * gateway's audit trail writes them: an entry is there if and only if its change was committed.
 */
public final class AuditedEdits {

    private final DataSource database;

    public AuditedEdits(DataSource database) throws SQLException {
        this.database = database;
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE TEST_AUDIT (ID INTEGER GENERATED ALWAYS AS IDENTITY, ENTRY VARCHAR(2000))");
        }
    }

    /** An edit made on {@code day}. */
    public Edit on(LocalDate day) {
        return new Edit() {
            @Override
            public LocalDate day() {
                return day;
            }

            @Override
            public void audit(Connection transaction, String action, String target, String detail)
                    throws SQLException {
                try (PreparedStatement s = transaction.prepareStatement("INSERT INTO TEST_AUDIT (ENTRY) VALUES (?)")) {
                    s.setString(1, action + " " + target + " " + detail);
                    s.executeUpdate();
                }
            }
        };
    }

    /** The entries stored, oldest first: action, target and detail separated by spaces. */
    public List<String> entries() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT ENTRY FROM TEST_AUDIT ORDER BY ID")) {
            List<String> entries = new ArrayList<>();
            while (rows.next()) {
                entries.add(rows.getString(1));
            }
            return entries;
        }
    }
}
