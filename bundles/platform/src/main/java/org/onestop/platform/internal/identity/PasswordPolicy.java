package org.onestop.platform.internal.identity;

import java.util.Locale;
import java.util.Optional;

/** The rules a new password must follow: 10 to 128 characters, and not the account's email (nor its name part). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of the first rule {@code password} breaks for the account {@code email}, or empty. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.tooLong");
        }
        String p = password.trim().toLowerCase(Locale.ROOT);
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        if (p.equals(e) || (at > 0 && p.equals(e.substring(0, at)))) {
            return Optional.of("identity.password.isEmail");
        }
        return Optional.empty();
    }
}
