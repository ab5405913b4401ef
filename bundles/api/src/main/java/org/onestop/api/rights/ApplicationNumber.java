package org.onestop.api.rights;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese patent application number (申请号) as the patent office gives it since 2003: 12 digits (year, kind,
 * 7-digit serial) and a check digit, written {@code 202610123456.7}. The check digit is the sum of the digits
 * weighted 2,3,4,5,6,7,8,9,2,3,4,5, modulo 11, with 10 written X; it catches every single changed digit and every
 * swap of two neighbouring different digits.
 */
public record ApplicationNumber(String digits, char check) {

    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    private static final Pattern TWELVE = Pattern.compile("[0-9]{12}");
    /** After normalising: optional CN/ZL prefix, 12 digits, an optional point, the check character. */
    private static final Pattern FORM = Pattern.compile("(?:CN|ZL)?([0-9]{12})\\.?([0-9X])");

    public ApplicationNumber {
        if (digits == null || !TWELVE.matcher(digits).matches()) {
            throw new IllegalArgumentException("Not 12 digits: " + digits);
        }
        if (!(check >= '0' && check <= '9') && check != 'X') {
            throw new IllegalArgumentException("Not a check character: " + check);
        }
    }

    /**
     * Reads "2026 1 0123456.7", "202610123456.7", "CN202610123456.7", "ZL 202610123456.X", "202610123456X", with
     * spaces, '.' or full-width characters, lower-case x; empty when the form is wrong. Does not verify the check
     * digit (nor whether the year and kind are ones the office uses).
     */
    public static Optional<ApplicationNumber> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replace('。', '.').replaceAll("\\s+", "");
        Matcher m = FORM.matcher(normal);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApplicationNumber(m.group(1), m.group(2).charAt(0)));
    }

    /** The check digit of 12 digits: sum of digit × weights 2,3,4,5,6,7,8,9,2,3,4,5, mod 11; 10 is 'X'. */
    public static char checkDigitOf(String twelveDigits) {
        if (twelveDigits == null || !TWELVE.matcher(twelveDigits).matches()) {
            throw new IllegalArgumentException("Not 12 digits: " + twelveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int rest = sum % 11;
        return rest == 10 ? 'X' : (char) ('0' + rest);
    }

    /** Whether the check digit is right. */
    public boolean checks() {
        return checkDigitOf(digits) == check;
    }

    /** The year of filing: the first four digits. */
    public int year() {
        return Integer.parseInt(digits.substring(0, 4));
    }

    /** The fifth digit: 1 invention, 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model. */
    public int kind() {
        return digits.charAt(4) - '0';
    }

    /** The serial number: the last seven of the twelve digits. */
    public String serial() {
        return digits.substring(5);
    }

    /** The canonical form, e.g. "202610123456.7". */
    @Override
    public String toString() {
        return digits + "." + check;
    }
}
