package org.onestop.platform.internal.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of an organisation, GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capital letters without I, O, Z, S, V), the last one a check character
 * computed from the first 17 with weights 3^i mod 31.
 */
public final class SocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private SocialCreditCode() {
    }

    /** Why {@code code} is no valid code, as a message key suffix, or empty when it is valid. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("length");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character");
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17)) ? Optional.empty() : Optional.of("check");
    }

    /** The code as people type it, upper case and without spaces or dashes. */
    public static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The check character of the first 17 characters of a code. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
