package org.onestop.preexam.internal.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How long a quota period runs: calendar months, quarters (from 1 January, April, July, October) or years. */
public enum QuotaPeriod {
    MONTH, QUARTER, YEAR;

    /** "month", "quarter", "year" (any case, trimmed). */
    public static Optional<QuotaPeriod> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }

    /** The first day of the period containing {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate day) {
        LocalDate start = start(day);
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The lower-case code used in configuration and JSON, e.g. {@code quarter}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
