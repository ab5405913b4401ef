package org.onestop.platform.internal.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random tokens (session ids, one-time links), their SHA-256 hashes (what the database keeps), and HMAC
 * signatures under the gateway's secret (CSRF tokens).
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;
    /** Keyed once and never used itself: every signature is made on a copy (a lookup of the algorithm per request was
     * about 1 % of a signed-in page). */
    private final Mac keyed;

    public Secrets(byte[] key) {
        this.key = key.clone();
        this.keyed = newMac();
    }

    /** A new random token of 32 bytes, URL-safe Base64. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of {@code value}, 64 hex digits. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 of {@code value} under the gateway's secret, URL-safe Base64. */
    public String sign(String value) {
        Mac mac;
        try {
            mac = (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            mac = newMac();
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is {@link #sign(String)} of {@code value}, compared in constant time. */
    public boolean verify(String value, String signature) {
        return signature != null && MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
