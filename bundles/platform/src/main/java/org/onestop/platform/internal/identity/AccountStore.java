package org.onestop.platform.internal.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Role;
import org.onestop.api.schema.UtcColumns;

/** Reads and writes accounts and their roles, on the connection of the caller's transaction. */
public final class AccountStore {

    private static final String COLUMNS = "ID, EMAIL, DISPLAY_NAME, MOBILE, ACCOUNT_KIND, PASSWORD_HASH, "
            + "EMAIL_CONFIRMED, MUST_CHANGE_PASSWORD, ACTIVE, PREFERRED_LANGUAGE, ORGANISATION_ID";

    /** What a new account starts with. */
    public record NewAccount(String email, String displayName, String mobile, AccountKind kind, String passwordHash,
            boolean emailConfirmed, boolean mustChangePassword, Language language, Set<Role> roles) {
    }

    /** A document ({@code terms}, {@code privacy}) in the version an account consented to, and when. */
    public record Consent(String document, String version, Instant consentedAt) {
    }

    /** The form in which emails are stored and compared. */
    public static String normalEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public long create(Connection c, NewAccount account, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ACCOUNT (EMAIL, DISPLAY_NAME, MOBILE, "
                + "ACCOUNT_KIND, PASSWORD_HASH, EMAIL_CONFIRMED, MUST_CHANGE_PASSWORD, ACTIVE, PREFERRED_LANGUAGE, "
                + "CREATED_AT, PASSWORD_CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, normalEmail(account.email()));
            insert.setString(2, account.displayName());
            insert.setString(3, account.mobile());
            insert.setString(4, account.kind().name());
            insert.setString(5, account.passwordHash());
            insert.setBoolean(6, account.emailConfirmed());
            insert.setBoolean(7, account.mustChangePassword());
            insert.setString(8, account.language().tag());
            UtcColumns.set(insert, 9, now);
            if (account.passwordHash() == null) {
                insert.setNull(10, Types.TIMESTAMP);
            } else {
                UtcColumns.set(insert, 10, now);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        setRoles(c, id, account.roles());
        return id;
    }

    public Optional<Account> byEmail(Connection c, String email) throws SQLException {
        return one(c, "EMAIL = ?", normalEmail(email));
    }

    public Optional<Account> byId(Connection c, long id) throws SQLException {
        return one(c, "ID = ?", id);
    }

    /** Staff accounts, by email. */
    public List<Account> staff(Connection c) throws SQLException {
        List<Account> staff = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM ACCOUNT WHERE ACCOUNT_KIND = 'STAFF' ORDER BY EMAIL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                staff.add(read(c, rows));
            }
        }
        return staff;
    }

    /** How many active accounts hold {@code role}. */
    public int countActiveWith(Connection c, Role role) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM ACCOUNT A JOIN ACCOUNT_ROLE R "
                + "ON R.ACCOUNT_ID = A.ID WHERE R.ROLE_CODE = ? AND A.ACTIVE = TRUE")) {
            count.setString(1, role.name());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    public void setPassword(Connection c, long id, String hash, boolean mustChange, Instant now)
            throws SQLException {
        update(c, "UPDATE ACCOUNT SET PASSWORD_HASH = ?, MUST_CHANGE_PASSWORD = ?, PASSWORD_CHANGED_AT = ? "
                + "WHERE ID = ?", hash, mustChange, now, id);
    }

    public void confirmEmail(Connection c, long id) throws SQLException {
        update(c, "UPDATE ACCOUNT SET EMAIL_CONFIRMED = TRUE WHERE ID = ?", id);
    }

    public void updateProfile(Connection c, long id, String displayName, String mobile, Language language)
            throws SQLException {
        update(c, "UPDATE ACCOUNT SET DISPLAY_NAME = ?, MOBILE = ?, PREFERRED_LANGUAGE = ? WHERE ID = ?",
                displayName, mobile, language.tag(), id);
    }

    /** Records that account {@code id} consented to {@code version} of {@code document} at {@code now}. */
    public void consent(Connection c, long id, String document, String version, Instant now, String client)
            throws SQLException {
        update(c, "INSERT INTO ACCOUNT_CONSENT (ACCOUNT_ID, DOCUMENT, VERSION, CONSENTED_AT, CLIENT_ADDRESS)"
                + " VALUES (?, ?, ?, ?, ?)", id, document, version, now,
                client == null ? "" : client.length() > 64 ? client.substring(0, 64) : client);
    }

    /** The consents of account {@code id}, oldest first. */
    public List<Consent> consents(Connection c, long id) throws SQLException {
        List<Consent> consents = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT DOCUMENT, VERSION, CONSENTED_AT FROM ACCOUNT_CONSENT"
                + " WHERE ACCOUNT_ID = ? ORDER BY CONSENTED_AT, DOCUMENT")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consents.add(new Consent(rows.getString(1), rows.getString(2), UtcColumns.get(rows, 3)));
                }
            }
        }
        return consents;
    }

    public void setActive(Connection c, long id, boolean active) throws SQLException {
        update(c, "UPDATE ACCOUNT SET ACTIVE = ? WHERE ID = ?", active, id);
    }

    public void setOrganisation(Connection c, long id, long organisationId) throws SQLException {
        update(c, "UPDATE ACCOUNT SET ORGANISATION_ID = ? WHERE ID = ?", organisationId, id);
    }

    public void setRoles(Connection c, long id, Set<Role> roles) throws SQLException {
        update(c, "DELETE FROM ACCOUNT_ROLE WHERE ACCOUNT_ID = ?", id);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO ACCOUNT_ROLE (ACCOUNT_ID, ROLE_CODE) VALUES (?, ?)")) {
            for (Role role : roles) {
                insert.setLong(1, id);
                insert.setString(2, role.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Optional<Account> one(Connection c, String where, Object value) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM ACCOUNT WHERE " + where)) {
            select.setObject(1, value);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(c, rows)) : Optional.empty();
            }
        }
    }

    private static Account read(Connection c, ResultSet rows) throws SQLException {
        Account account = withoutRoles(rows);
        return account.withRoles(roles(c, account.id()));
    }

    /** The account columns, each named after table alias {@code alias}, for a query that joins the account. */
    static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    /**
     * The account of the current row of a query joined with {@code ACCOUNT_ROLE} (its {@code ROLE_CODE}; a left
     * join: null for an account without roles), with the roles of this row and of all the rows after it.
     */
    static Account readWithRoles(ResultSet rows) throws SQLException {
        Account account = withoutRoles(rows);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        do {
            String role = rows.getString("ROLE_CODE");
            if (role != null) {
                roles.add(Role.valueOf(role));
            }
        } while (rows.next());
        return account.withRoles(roles);
    }

    private static Account withoutRoles(ResultSet rows) throws SQLException {
        long organisation = rows.getLong("ORGANISATION_ID");
        Long organisationId = rows.wasNull() ? null : organisation;
        return new Account(rows.getLong("ID"), rows.getString("EMAIL"), rows.getString("DISPLAY_NAME"),
                rows.getString("MOBILE"), AccountKind.valueOf(rows.getString("ACCOUNT_KIND")),
                rows.getString("PASSWORD_HASH"), rows.getBoolean("EMAIL_CONFIRMED"),
                rows.getBoolean("MUST_CHANGE_PASSWORD"), rows.getBoolean("ACTIVE"),
                Language.ZH_CN.tag().equals(rows.getString("PREFERRED_LANGUAGE")) ? Language.ZH_CN : Language.EN,
                organisationId, Set.of());
    }

    /** The roles of account {@code id}; the table named with its schema, so that any connection reads them. */
    static Set<Role> roles(Connection c, long id) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try (PreparedStatement select = c.prepareStatement(
                "SELECT ROLE_CODE FROM PLATFORM.ACCOUNT_ROLE WHERE ACCOUNT_ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    roles.add(Role.valueOf(rows.getString(1)));
                }
            }
        }
        return roles;
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, statement.getParameterMetaData().getParameterType(i + 1));
                } else if (values[i] instanceof Instant instant) {
                    UtcColumns.set(statement, i + 1, instant);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return statement.executeUpdate();
        }
    }
}
