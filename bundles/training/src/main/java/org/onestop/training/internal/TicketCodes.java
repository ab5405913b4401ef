package org.onestop.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The signed code an admission ticket carries (in its QR code and in words): {@code TK-<enrolment>-<session>-<mac>},
 * where the mac is the first 128 bits of an HMAC-SHA256 of both numbers under the gateway's ticket key, in upper-case
 * hex (so the whole code fits a QR code's alphanumeric mode). Without the key nobody can make a code up or change a
 * number in one. The key is 256 random bits made the first time a ticket is signed or read and kept in the table
 * {@code TRAINING.TICKET_KEY}, so that every node on the database signs alike; it is never in code or configuration.
 * A genuine code is let in once: {@link Attendance} checks an enrolment in only once.
 */
@Component(service = TicketCodes.class)
public final class TicketCodes {

    /** What a genuine code says: the enrolment and its session. */
    record Claim(long enrolmentId, long sessionId) {
    }

    private static final Pattern CODE = Pattern.compile("TK-(\\d{1,18})-(\\d{1,18})-([0-9A-F]{32})");
    private static final int MAC_BYTES = 16;
    /** The longest text read as a code; anything longer is not one. */
    static final int LONGEST = 200;

    private final Catalogue catalogue;
    private final Clock clock;
    private volatile byte[] key;

    @Activate
    public TicketCodes(@Reference Catalogue catalogue) {
        this(catalogue, Clock.systemUTC());
    }

    TicketCodes(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The code of the enrolment's ticket. */
    String code(long enrolmentId, long sessionId) throws SQLException {
        return sign(key(), enrolmentId, sessionId);
    }

    /** What a code read at the door says, if it is genuine; empty for anything forged, altered or mistyped. */
    Optional<Claim> read(String typed) throws SQLException {
        return read(key(), typed);
    }

    static String sign(byte[] key, long enrolmentId, long sessionId) {
        return "TK-" + enrolmentId + "-" + sessionId + "-" + HexFormat.of().withUpperCase().formatHex(
                mac(key, enrolmentId, sessionId));
    }

    static Optional<Claim> read(byte[] key, String typed) {
        if (typed == null || typed.length() > LONGEST) {
            return Optional.empty();
        }
        Matcher code = CODE.matcher(typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
        if (!code.matches()) {
            return Optional.empty();
        }
        long enrolmentId = Long.parseLong(code.group(1));
        long sessionId = Long.parseLong(code.group(2));
        byte[] given = HexFormat.of().parseHex(code.group(3));
        return MessageDigest.isEqual(given, mac(key, enrolmentId, sessionId))
                ? Optional.of(new Claim(enrolmentId, sessionId)) : Optional.empty();
    }

    private static byte[] mac(byte[] key, long enrolmentId, long sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(("onestop-training-ticket:" + enrolmentId + ":" + sessionId)
                    .getBytes(StandardCharsets.US_ASCII));
            return java.util.Arrays.copyOf(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The ticket key: read once from the database, made there first if there is none. */
    private byte[] key() throws SQLException {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (key == null) {
                Optional<byte[]> stored = catalogue.work().call(TicketCodes::stored);
                if (stored.isEmpty()) {
                    byte[] fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                    try {
                        catalogue.work().run(tx -> store(tx, fresh));
                    } catch (SQLException e) {
                        if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                            throw e;
                        }
                        // another node made the key first: use that one
                    }
                    stored = catalogue.work().call(TicketCodes::stored);
                }
                key = stored.orElseThrow(() -> new SQLException("the ticket key was not stored"));
            }
            return key;
        }
    }

    private static Optional<byte[]> stored(Connection tx) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT SECRET FROM TRAINING.TICKET_KEY WHERE ID = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(Base64.getDecoder().decode(row.getString(1))) : Optional.empty();
        }
    }

    private void store(Connection tx, byte[] secret) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TRAINING.TICKET_KEY (ID, SECRET, CREATED_AT)"
                + " VALUES (1, ?, ?)")) {
            insert.setString(1, Base64.getEncoder().encodeToString(secret));
            UtcColumns.set(insert, 2, clock.instant());
            insert.executeUpdate();
        }
    }
}
