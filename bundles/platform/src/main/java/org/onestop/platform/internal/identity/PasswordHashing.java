package org.onestop.platform.internal.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes: PBKDF2-HMAC-SHA256 with a random 16-byte salt per password and at least 310,000 iterations,
 * stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64), so that the count can rise later without
 * invalidating stored hashes.
 */
public final class PasswordHashing {

    public static final int MIN_ITERATIONS = 310_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Compared against when an account does not exist, so that the answer takes as long as for one that does: the
     * same count with a random salt and random bytes for the hash, which no password derives to (none is derived
     * here, so that a start does not spend a whole hashing on it).
     */
    private final String decoy;
    private final int iterations;

    public PasswordHashing(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("At least " + MIN_ITERATIONS + " iterations, not " + iterations);
        }
        this.iterations = iterations;
        this.decoy = format(iterations, random(16), random(32));
    }

    public int iterations() {
        return iterations;
    }

    public String hash(char[] password) {
        byte[] salt = random(16);
        return format(iterations, salt, derive(password, salt, iterations));
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Whether {@code password} is the one hashed in {@code stored}; a null or malformed hash matches nothing. */
    public boolean matches(char[] password, String stored) {
        String[] parts = (stored == null ? decoy : stored).split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int count = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            boolean same = MessageDigest.isEqual(expected, derive(password, salt, count));
            return stored != null && same;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
