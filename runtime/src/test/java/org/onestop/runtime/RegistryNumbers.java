package org.onestop.runtime;

/**
 * Numbers as the registries issue them, computed the way their check characters are defined, so that a test can
 * make valid ones and spoil them on purpose: the unified social credit code of an organisation (GB 32100-2015) and
 * the Chinese patent application number (12 digits, a dot and a check digit).
 */
final class RegistryNumbers {

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] APPLICATION_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private RegistryNumbers() {
    }

    /** A full credit code from its first 17 characters: the check character is appended. */
    static String creditCode(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException(first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException(first17);
            }
            sum += value * CREDIT_WEIGHTS[i];
        }
        return first17 + CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The application number of {@code year}, {@code kind} (1 invention, 2 utility model, 3 design) and a
     * seven-digit {@code serial}, with its check digit: {@code 202610123456.X}.
     */
    static String applicationNumber(int year, int kind, int serial) {
        String digits = String.format("%04d%d%07d", year, kind, serial);
        return digits + "." + applicationCheck(digits);
    }

    /** The same number with a check digit that does not fit. */
    static String withWrongCheck(String applicationNumber) {
        String digits = applicationNumber.substring(0, 12);
        char right = applicationNumber.charAt(13);
        char wrong = right == '0' ? '1' : right == 'X' ? '0' : (char) (right == '9' ? 'X' : right + 1);
        return digits + "." + wrong;
    }

    /** The check digit of the 12 digits: the weighted sum modulo 11, 10 written X. */
    static char applicationCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * APPLICATION_WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
