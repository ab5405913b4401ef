package org.onestop.casework.internal;

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

/** The module's own table: the topic and details of each enquiry case, by the case's internal number. */
@Component(service = EnquiryStore.class)
public final class EnquiryStore {

    private final DataSource database;

    @Activate
    public EnquiryStore(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=SAMPLE)") DataSource database) {
        this.database = database;
    }

    /** One transaction on the module's schema, for work that also opens the case. */
    UnitOfWork work() {
        return new UnitOfWork(database);
    }

    /** Stores the enquiry of the case {@code caseId} inside the caller's transaction. */
    void insert(Connection transaction, long caseId, Enquiry enquiry) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO ENQUIRY (CASE_ID, TOPIC, DETAILS) VALUES (?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, enquiry.topic());
            insert.setString(3, enquiry.details());
            insert.executeUpdate();
        }
    }

    /** The enquiry of the case {@code caseId}, if it is one of this module's. */
    public Optional<Enquiry> find(long caseId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT TOPIC, DETAILS FROM ENQUIRY WHERE CASE_ID = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Enquiry(row.getString(1), row.getString(2))) : Optional.empty();
            }
        }
    }
}
