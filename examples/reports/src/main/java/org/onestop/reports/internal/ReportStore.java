package org.onestop.reports.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's own table: what was reported with each report case, by the case's internal number. */
@Component(service = ReportStore.class)
public final class ReportStore {

    private final DataSource database;

    @Activate
    public ReportStore(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=REPORTS)") DataSource database) {
        this.database = database;
    }

    /** One transaction on the module's schema, for work that also opens the case. */
    UnitOfWork work() {
        return new UnitOfWork(database);
    }

    /** Stores the report of the case {@code caseId} inside the caller's transaction. */
    void insert(Connection transaction, long caseId, Report report) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO REPORT (CASE_ID, RIGHT_KIND, "
                + "RIGHT_NUMBER, CHANNEL, LOCATION, INFRINGER, DESCRIPTION) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, report.right());
            insert.setString(3, report.rightNumber());
            insert.setString(4, report.channel());
            insert.setString(5, report.location());
            insert.setString(6, report.infringer());
            insert.setString(7, report.description());
            insert.executeUpdate();
        }
    }

    /** The report of the case {@code caseId}, if it is one of this module's. */
    public Optional<Report> find(long caseId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT RIGHT_KIND, RIGHT_NUMBER, CHANNEL, "
                        + "LOCATION, INFRINGER, DESCRIPTION FROM REPORT WHERE CASE_ID = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Report(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6))) : Optional.empty();
            }
        }
    }
}
