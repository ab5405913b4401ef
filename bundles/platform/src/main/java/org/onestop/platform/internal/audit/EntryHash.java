package org.onestop.platform.internal.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that chains audit entries: SHA-256, as lower-case hex, over an unambiguous encoding of every field of an
 * entry and the hash of the entry before it. Each field is written as its UTF-8 bytes preceded by their count
 * (four bytes, big-endian), after a fixed label naming this encoding; numbers and the time (milliseconds since the
 * epoch) as decimal text. No two different entries share an encoding, whatever characters their fields hold.
 */
public final class EntryHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] LABEL = "onestop-audit-v1".getBytes(StandardCharsets.US_ASCII);

    private EntryHash() {
    }

    public static String of(long sequence, Instant time, String actor, String action, String target,
            String clientAddress, String detail, String previousHash) {
        ByteArrayOutputStream encoding = new ByteArrayOutputStream(256);
        field(encoding, LABEL);
        field(encoding, Long.toString(sequence));
        field(encoding, Long.toString(time.toEpochMilli()));
        field(encoding, actor);
        field(encoding, action);
        field(encoding, target);
        field(encoding, clientAddress);
        field(encoding, detail);
        field(encoding, previousHash);
        return HexFormat.of().formatHex(sha256().digest(encoding.toByteArray()));
    }

    private static void field(ByteArrayOutputStream encoding, String value) {
        field(encoding, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream encoding, byte[] bytes) {
        int n = bytes.length;
        encoding.write(n >>> 24);
        encoding.write(n >>> 16);
        encoding.write(n >>> 8);
        encoding.write(n);
        encoding.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
