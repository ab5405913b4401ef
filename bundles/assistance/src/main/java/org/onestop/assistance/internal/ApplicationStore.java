package org.onestop.assistance.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's table: each application's content and acceptance review, by the case's internal number. */
@Component(service = ApplicationStore.class)
public final class ApplicationStore {

    private static final String COLUMNS = "ORGANISATION_NAME, BUSINESS_TYPE, RIGHT_TYPE, RIGHT_NUMBER, OTHER_PARTY,"
            + " OTHER_PARTY_ADDRESS, ONLINE_SHOP, VENUE, VENUE_DETAIL, FACTS, ASSISTANCE, HARDSHIP,"
            + " HARDSHIP_STATEMENT, STATUS, SUPPLEMENTS_ASKED, REFUSAL_REASONS, REFUSAL_TEXT, SUBMITTED_AT, DECIDED_ON";

    private final DataSource database;

    @Activate
    public ApplicationStore(
            @Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=ASSISTANCE)") DataSource database) {
        this.database = database;
    }

    /** One transaction on the module's schema. */
    UnitOfWork work() {
        return new UnitOfWork(database);
    }

    /** Stores a submitted application (already checked) inside the caller's transaction. */
    void insert(Connection tx, long caseId, Long organisationId, String organisationName, Application a,
            Instant submittedAt) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO ASSISTANCE.APPLICATION (CASE_ID,"
                + " ORGANISATION_ID, " + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL, ?, NULL)")) {
            insert.setLong(1, caseId);
            if (organisationId == null) {
                insert.setNull(2, java.sql.Types.BIGINT);
            } else {
                insert.setLong(2, organisationId);
            }
            insert.setString(3, organisationName);
            insert.setString(4, a.businessType());
            insert.setString(5, a.rightType());
            insert.setString(6, a.storedNumber());
            insert.setString(7, a.otherParty());
            insert.setString(8, a.otherPartyAddress());
            insert.setString(9, a.onlineShop());
            insert.setString(10, a.venue());
            insert.setString(11, a.venueDetail());
            insert.setString(12, a.facts());
            insert.setString(13, String.join(",", a.assistance()));
            insert.setShort(14, (short) (a.hardship() ? 1 : 0));
            insert.setString(15, a.hardship() ? a.hardshipStatement() : "");
            insert.setString(16, AssistanceWorkflow.SUBMITTED);
            UtcColumns.set(insert, 17, submittedAt);
            insert.executeUpdate();
        }
    }

    /** Keeps the status in step with the case's. */
    void status(Connection tx, long caseId, String status) throws SQLException {
        update(tx, "UPDATE ASSISTANCE.APPLICATION SET STATUS = ? WHERE CASE_ID = ?", status, caseId);
    }

    /** Counts one more request for supplements. */
    void supplementAsked(Connection tx, long caseId) throws SQLException {
        update(tx, "UPDATE ASSISTANCE.APPLICATION SET SUPPLEMENTS_ASKED = SUPPLEMENTS_ASKED + 1"
                + " WHERE CASE_ID = ?", caseId);
    }

    /** Records the refusal's reasons and explanation before the case moves. */
    void refusal(Connection tx, long caseId, List<String> reasons, String text) throws SQLException {
        update(tx, "UPDATE ASSISTANCE.APPLICATION SET REFUSAL_REASONS = ?, REFUSAL_TEXT = ? WHERE CASE_ID = ?",
                String.join(",", reasons), text, caseId);
    }

    /** Records the day of the acceptance decision. */
    void decided(Connection tx, long caseId, LocalDate day) throws SQLException {
        update(tx, "UPDATE ASSISTANCE.APPLICATION SET DECIDED_ON = ? WHERE CASE_ID = ?", Date.valueOf(day), caseId);
    }

    /** Records the centre's day the application closed (for the statistics of working days to closing). */
    void closed(Connection tx, long caseId, LocalDate day) throws SQLException {
        update(tx, "UPDATE ASSISTANCE.APPLICATION SET CLOSED_ON = ? WHERE CASE_ID = ?", Date.valueOf(day), caseId);
    }

    /** The application of the case, read in its own connection. */
    Optional<ApplicationRecord> find(long caseId, String trackingNumber) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return find(connection, caseId, trackingNumber);
        }
    }

    /** The application of the case, read in the caller's transaction. */
    Optional<ApplicationRecord> find(Connection tx, long caseId, String trackingNumber) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS
                + " FROM ASSISTANCE.APPLICATION WHERE CASE_ID = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Application application = new Application(row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                        row.getString(10), codes(row.getString(11)), row.getShort(12) == 1, row.getString(13));
                Date decided = row.getDate(19);
                return Optional.of(new ApplicationRecord(trackingNumber, row.getString(14), row.getString(1),
                        application, row.getInt(15), codes(row.getString(16)), row.getString(17),
                        UtcColumns.get(row, 18), decided == null ? null : decided.toLocalDate()));
            }
        }
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static void update(Connection tx, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        }
    }
}
