package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.onestop.api.cases.CaseCensus;
import org.onestop.api.cases.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Counts the open cases by module and status, and the overdue ones, as the workbench counts them. */
@Component(service = CaseCensus.class)
public final class OpenCaseCensus implements CaseCensus {

    private final DataSource database;
    private final WorkingCalendar calendar;

    @Activate
    public OpenCaseCensus(@Reference(target = CaseTables.DATA_SOURCE) DataSource database,
            @Reference WorkingCalendar calendar) {
        this.database = database;
        this.calendar = calendar;
    }

    @Override
    public List<OpenCount> open() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT MODULE, STATUS, COUNT(*)"
                        + " FROM CASES.CASE_FILE WHERE CLOSED = FALSE GROUP BY MODULE, STATUS ORDER BY MODULE, STATUS");
                ResultSet rows = select.executeQuery()) {
            List<OpenCount> counts = new ArrayList<>();
            while (rows.next()) {
                counts.add(new OpenCount(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
            return counts;
        }
    }

    @Override
    public long overdue() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*) FROM CASES.CASE_FILE WHERE CLOSED = FALSE AND DUE_ON < ?")) {
            select.setDate(1, Date.valueOf(calendar.today()));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
