package org.onestop.cases.internal.casework;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a tracking number as people type it: {@code ys-2026-000123 } is {@code YS-2026-000123}. */
public final class TrackingNumber {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2,6}-\\d{4}-\\d{6}");

    private TrackingNumber() {
    }

    /** The number in its stored form, or empty when {@code typed} is not {@code PREFIX-YYYY-NNNNNN}. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String number = typed.strip().toUpperCase(Locale.ROOT);
        return FORM.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }
}
