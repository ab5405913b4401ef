package org.onestop.reports.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onestop.api.rights.ApplicationNumber;

/**
 * The kind of right a report says is infringed, and how its number is checked: a patent by its Chinese application
 * or patent number with the check digit (the SDK's {@link ApplicationNumber}), a trademark by its registration number
 * (1 to 9 digits, no leading zero); the others have no number format and may have none. Named on pages by the
 * messages {@code reports.right.<code>}.
 */
public enum InfringedRight {
    PATENT,
    TRADEMARK,
    COPYRIGHT,
    GEOGRAPHICAL_INDICATION,
    OTHER;

    static final int NUMBER_LENGTH = 60;
    private static final Pattern TRADEMARK_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    /** The kinds of patent an application number may carry: invention, utility model, design, PCT ones. */
    private static final String PATENT_KINDS = "12389";

    /** The code in forms, JSON and the table, e.g. {@code geographical-indication}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The right named by {@code code}, if it is one. */
    public static Optional<InfringedRight> of(String code) {
        for (InfringedRight right : values()) {
            if (right.code().equals(code)) {
                return Optional.of(right);
            }
        }
        return Optional.empty();
    }

    /** The number as stored (canonical: a patent's as {@code 202610123456.7}), or the message key of its fault. */
    Checked check(String typed) {
        String number = typed == null ? "" : typed.strip();
        if (this == PATENT) {
            if (number.isEmpty()) {
                return Checked.fault("reports.error.patentNumber.missing");
            }
            Optional<ApplicationNumber> read = ApplicationNumber.read(number);
            if (read.isEmpty() || PATENT_KINDS.indexOf('0' + read.get().kind()) < 0) {
                return Checked.fault("reports.error.patentNumber.format");
            }
            return read.get().checks() ? Checked.ok(read.get().toString())
                    : Checked.fault("reports.error.patentNumber.check");
        }
        if (this == TRADEMARK) {
            String digits = Normalizer.normalize(number, Normalizer.Form.NFKC).replaceAll("\\s+", "");
            if (digits.isEmpty()) {
                return Checked.fault("reports.error.trademarkNumber.missing");
            }
            return TRADEMARK_NUMBER.matcher(digits).matches() ? Checked.ok(digits)
                    : Checked.fault("reports.error.trademarkNumber.format");
        }
        return number.length() > NUMBER_LENGTH ? Checked.fault("reports.error.number.long") : Checked.ok(number);
    }

    /** A number as stored, or the message key of what is wrong with it. */
    record Checked(String number, String fault) {

        static Checked ok(String number) {
            return new Checked(number, null);
        }

        static Checked fault(String key) {
            return new Checked(null, key);
        }
    }
}
