package org.onestop.assistance.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onestop.api.rights.ApplicationNumber;

/**
 * The number of the right an application names, checked where a format exists: a patent by its Chinese application
 * (or patent, {@code ZL…}) number with the check digit ({@link ApplicationNumber}, shared with pre-examination); a
 * trademark by its registration number (注册号: 1 to 9 digits, no leading zero). Other rights have no format: their
 * number, if any, is kept as written.
 */
final class RightNumber {

    private static final Pattern TRADEMARK = Pattern.compile("[1-9][0-9]{0,8}");
    /** The kinds an application number may carry: invention, utility model, design, PCT invention, PCT utility. */
    private static final String PATENT_KINDS = "12389";

    private RightNumber() {
    }

    /** The number in its canonical form, or the message key of what is wrong with it for {@code right}. */
    static Checked check(RightType right, String typed) {
        String number = typed == null ? "" : typed.strip();
        if (right == RightType.PATENT) {
            if (number.isEmpty()) {
                return Checked.problem("assistance.error.patentNumber.missing");
            }
            Optional<ApplicationNumber> read = ApplicationNumber.read(number);
            if (read.isEmpty() || PATENT_KINDS.indexOf(read.get().kind() + '0') < 0) {
                return Checked.problem("assistance.error.patentNumber.format");
            }
            return read.get().checks() ? Checked.ok(read.get().toString())
                    : Checked.problem("assistance.error.patentNumber.check");
        }
        if (right == RightType.TRADEMARK) {
            String digits = Normalizer.normalize(number, Normalizer.Form.NFKC).replaceAll("\\s+", "");
            if (digits.isEmpty()) {
                return Checked.problem("assistance.error.trademarkNumber.missing");
            }
            return TRADEMARK.matcher(digits).matches() ? Checked.ok(digits)
                    : Checked.problem("assistance.error.trademarkNumber.format");
        }
        return number.length() > Application.NUMBER_LENGTH ? Checked.problem("assistance.error.number.long")
                : Checked.ok(number);
    }

    /** A number as stored (canonical), or the message key of its problem. */
    record Checked(String number, String problem) {

        static Checked ok(String number) {
            return new Checked(number, null);
        }

        static Checked problem(String key) {
            return new Checked(null, key);
        }
    }
}
