package org.onestop.platform.internal.identity;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Base64;

import org.onestop.api.schema.SqlFailures;

/** The key CSRF tokens are signed with: made once, kept in the database so that every node uses the same. */
final class GatewaySecret {

    private static final String NAME = "csrf";

    private GatewaySecret() {
    }

    static byte[] load(Connection c) throws SQLException {
        byte[] stored = read(c);
        if (stored != null) {
            return stored;
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // PostgreSQL refuses every later statement of a transaction in which one failed: back to this point instead
        Savepoint beforeInsert = c.getAutoCommit() ? null : c.setSavepoint();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO GATEWAY_SECRET (NAME, SECRET_VALUE) VALUES (?, ?)")) {
            insert.setString(1, NAME);
            insert.setString(2, Base64.getEncoder().encodeToString(fresh));
            insert.executeUpdate();
            return fresh;
        } catch (SQLException e) {
            if (!SqlFailures.duplicateKey(e)) {
                throw e;
            }
            if (beforeInsert != null) {
                c.rollback(beforeInsert); // another node was first: its secret is the one
            }
            return read(c);
        }
    }

    private static byte[] read(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT SECRET_VALUE FROM GATEWAY_SECRET WHERE NAME = ?")) {
            select.setString(1, NAME);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Base64.getDecoder().decode(rows.getString(1)) : null;
            }
        }
    }
}
