package org.onestop.lookup.internal.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Reads the periods statistics are published for, and gives the last day of each. */
final class Periods {

    private Periods() {
    }

    /** The last day of {@code 2020-12-31}, {@code 2021-04}, {@code 2022}, {@code 2023-Q1} or {@code 2016/2020}. */
    static Optional<LocalDate> end(String period) {
        if (period == null) {
            return Optional.empty();
        }
        String p = period.strip();
        try {
            if (p.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(p));
            }
            if (p.matches("\\d{4}-\\d{2}")) {
                return Optional.of(YearMonth.parse(p).atEndOfMonth());
            }
            if (p.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(p), 12, 31));
            }
            if (p.matches("\\d{4}-Q[1-4]")) {
                int quarter = p.charAt(6) - '0';
                return Optional.of(YearMonth.of(Integer.parseInt(p.substring(0, 4)), quarter * 3).atEndOfMonth());
            }
            if (p.matches("\\d{4}/\\d{4}")) {
                int from = Integer.parseInt(p.substring(0, 4));
                int to = Integer.parseInt(p.substring(5));
                return from <= to ? Optional.of(LocalDate.of(to, 12, 31)) : Optional.empty();
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
