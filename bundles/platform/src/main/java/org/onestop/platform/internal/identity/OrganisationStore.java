package org.onestop.platform.internal.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

import org.onestop.api.schema.UtcColumns;

/** Reads and writes organisation profiles, on the connection of the caller's transaction. */
public final class OrganisationStore {

    private static final String COLUMNS = "ID, NAME, CREDIT_CODE, ADDRESS, CONTACT_PERSON, CONTACT_PHONE";

    public Optional<Organisation> byId(Connection c, long id) throws SQLException {
        return one(c, "ID = ?", id);
    }

    public Optional<Organisation> byCreditCode(Connection c, String code) throws SQLException {
        return one(c, "CREDIT_CODE = ?", code);
    }

    /** Stores a new organisation; answers its id. */
    public long create(Connection c, Organisation o, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ORGANISATION (NAME, CREDIT_CODE, ADDRESS, "
                + "CONTACT_PERSON, CONTACT_PHONE, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, o.name());
            insert.setString(2, o.creditCode());
            insert.setString(3, o.address());
            insert.setString(4, o.contactPerson());
            insert.setString(5, o.contactPhone());
            UtcColumns.set(insert, 6, now);
            UtcColumns.set(insert, 7, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void update(Connection c, Organisation o, Instant now) throws SQLException {
        AccountStore.update(c, "UPDATE ORGANISATION SET NAME = ?, CREDIT_CODE = ?, ADDRESS = ?, CONTACT_PERSON = ?, "
                + "CONTACT_PHONE = ?, UPDATED_AT = ? WHERE ID = ?", o.name(), o.creditCode(), o.address(),
                o.contactPerson(), o.contactPhone(), now, o.id());
    }

    private Optional<Organisation> one(Connection c, String where, Object value) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM ORGANISATION WHERE " + where)) {
            select.setObject(1, value);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Organisation(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6)));
            }
        }
    }
}
