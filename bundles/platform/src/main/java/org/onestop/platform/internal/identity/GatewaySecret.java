package org.onestop.platform.internal.identity;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Base64;

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
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO GATEWAY_SECRET (NAME, SECRET_VALUE) VALUES (?, ?)")) {
            insert.setString(1, NAME);
            insert.setString(2, Base64.getEncoder().encodeToString(fresh));
            insert.executeUpdate();
            return fresh;
        } catch (SQLIntegrityConstraintViolationException anotherNodeWasFirst) {
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
