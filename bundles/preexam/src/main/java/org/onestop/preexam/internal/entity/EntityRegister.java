package org.onestop.preexam.internal.entity;

import static org.onestop.preexam.internal.Rows.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.identity.OrganisationProfile;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The registrations (备案) and the standing of each organisation, in {@code PREEXAM.REGISTRATION} and
 * {@code PREEXAM.ENTITY}. Writes happen inside the caller's transaction, with the case change they belong to.
 */
@Component(service = EntityRegister.class)
public final class EntityRegister {

    private static final String SELECT = "SELECT e.ORGANISATION_ID, e.STANDING, e.REASON, e.UPDATED_AT, r.CASE_ID,"
            + " r.TRACKING_NUMBER, r.ORGANISATION_NAME, r.CREDIT_CODE, r.REGION_CODE, r.FIELDS, r.CONTACT_NAME,"
            + " r.CONTACT_PHONE, r.CONTACT_EMAIL, r.SUBMITTED_AT FROM PREEXAM.ENTITY e"
            + " JOIN PREEXAM.REGISTRATION r ON r.CASE_ID = e.REGISTRATION_CASE_ID";

    private final DataSource database;
    private final UnitOfWork work;

    @Activate
    public EntityRegister(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=PREEXAM)") DataSource database) {
        this.database = database;
        this.work = new UnitOfWork(database);
    }

    /** Transactions of the module's schema, for work that also changes a case. */
    public UnitOfWork work() {
        return work;
    }

    /** Stores a new registration and makes the organisation's standing pending on it. */
    public void register(Connection tx, long caseId, String trackingNumber, OrganisationProfile organisation,
            RegistrationForm form, List<String> fields, Instant now) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO PREEXAM.REGISTRATION (CASE_ID,"
                + " TRACKING_NUMBER, ORGANISATION_ID, ORGANISATION_NAME, CREDIT_CODE, REGION_CODE, FIELDS,"
                + " CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL, SUBMITTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, trackingNumber);
            insert.setLong(3, organisation.id());
            insert.setString(4, organisation.name());
            insert.setString(5, organisation.creditCode());
            insert.setString(6, form.region());
            insert.setString(7, String.join(",", fields));
            insert.setString(8, form.contactName());
            insert.setString(9, form.contactPhone());
            insert.setString(10, form.contactEmail().isEmpty() ? null : form.contactEmail());
            UtcColumns.set(insert, 11, now);
            insert.executeUpdate();
        }
        int updated = update(tx, "UPDATE PREEXAM.ENTITY SET REGISTRATION_CASE_ID = ?, STANDING = 'pending',"
                + " REASON = NULL, UPDATED_AT = ? WHERE ORGANISATION_ID = ?", caseId, now,
                organisation.id());
        if (updated == 0) {
            update(tx, "INSERT INTO PREEXAM.ENTITY (REGISTRATION_CASE_ID, UPDATED_AT, ORGANISATION_ID, STANDING)"
                    + " VALUES (?, ?, ?, 'pending')", caseId, now, organisation.id());
        }
    }

    /** Changes the standing of organisation {@code organisationId} if it is {@code from}; answers whether it did. */
    public boolean change(Connection tx, long organisationId, Standing from, Standing to, String reason, Instant now)
            throws SQLException {
        return update(tx, "UPDATE PREEXAM.ENTITY SET STANDING = ?, REASON = ?, UPDATED_AT = ?"
                + " WHERE ORGANISATION_ID = ? AND STANDING = ?", to.code(), reason, now,
                organisationId, from.code()) == 1;
    }

    /**
     * Locks the entity's row for the rest of the transaction if it is approved (so that requests of one entity are
     * counted against its quota one at a time); answers whether it is approved.
     */
    public boolean lockApproved(Connection tx, long organisationId, Instant now) throws SQLException {
        return update(tx, "UPDATE PREEXAM.ENTITY SET LAST_REQUEST_AT = ? WHERE ORGANISATION_ID = ?"
                + " AND STANDING = 'approved'", now, organisationId) == 1;
    }

    /** The organisation's standing and latest registration, if it ever registered. */
    public Optional<EntityRecord> find(long organisationId) throws SQLException {
        try (Connection c = database.getConnection()) {
            return find(c, organisationId);
        }
    }

    /** The same, read on {@code c} (inside a transaction that may hold the entity's row). */
    public Optional<EntityRecord> find(Connection c, long organisationId) throws SQLException {
        return query(c, SELECT + " WHERE e.ORGANISATION_ID = ?", organisationId).stream().findFirst();
    }

    /** Every registered entity, the latest changed first. */
    public List<EntityRecord> all() throws SQLException {
        try (Connection c = database.getConnection()) {
            return query(c, SELECT + " ORDER BY e.UPDATED_AT DESC");
        }
    }

    /** The registration of case {@code caseId}, if it is one. */
    public Optional<Registration> registration(Connection c, long caseId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT CASE_ID, TRACKING_NUMBER, ORGANISATION_NAME,"
                + " CREDIT_CODE, REGION_CODE, FIELDS, CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL, SUBMITTED_AT,"
                + " ORGANISATION_ID FROM PREEXAM.REGISTRATION WHERE CASE_ID = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(registration(row, 1, row.getLong(11))) : Optional.empty();
            }
        }
    }

    /** The registration of case {@code caseId}, on a connection of its own. */
    public Optional<Registration> registration(long caseId) throws SQLException {
        try (Connection c = database.getConnection()) {
            return registration(c, caseId);
        }
    }

    private static List<EntityRecord> query(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            List<EntityRecord> records = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long organisation = row.getLong(1);
                    records.add(new EntityRecord(organisation, Standing.of(row.getString(2)), row.getString(3),
                            UtcColumns.get(row, 4), registration(row, 5, organisation)));
                }
            }
            return records;
        }
    }

    private static Registration registration(ResultSet row, int first, long organisation) throws SQLException {
        String fields = row.getString(first + 5);
        return new Registration(row.getLong(first), row.getString(first + 1), organisation,
                row.getString(first + 2), row.getString(first + 3), row.getString(first + 4),
                fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")), row.getString(first + 6),
                row.getString(first + 7), row.getString(first + 8), UtcColumns.get(row, first + 9));
    }
}
