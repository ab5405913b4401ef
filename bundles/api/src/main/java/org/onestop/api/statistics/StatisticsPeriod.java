package org.onestop.api.statistics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Label;

/**
 * The months whose submissions a module's statistics count, from {@code from} to {@code to} inclusive. Read from a
 * supervisor's filter ({@code yyyy-MM}); by default the twelve months up to the current one. A filter that cannot be
 * read is refused with 400 and a message of the module's own catalogue: {@code <module>.statistics.error.month}
 * (argument: the text given, shortened), {@code .order} (the two months) or {@code .span} (the most months, the two
 * months, their number).
 *
 * @param from the first month
 * @param to   the last month
 */
public record StatisticsPeriod(YearMonth from, YearMonth to) {

    /** The longest period one report covers, in months. */
    public static final int MOST_MONTHS = 120;
    /** The months of the default period. */
    public static final int DEFAULT_MONTHS = 12;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    public StatisticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * The period a filter asks for; a missing {@code to} is the month of {@code today}, a missing {@code from} the
     * eleventh month before {@code to}. Refusals are worded by the messages {@code <module>.statistics.error.*}.
     *
     * @throws CaseRefusal (400) for a month that is not {@code yyyy-MM}, a period that ends before it starts or one
     *                     longer than {@link #MOST_MONTHS} months
     */
    public static StatisticsPeriod of(String from, String to, LocalDate today, String module) {
        YearMonth last = isBlank(to) ? YearMonth.from(today) : month(to, module);
        YearMonth first = isBlank(from) ? last.minusMonths(DEFAULT_MONTHS - 1) : month(from, module);
        if (first.isAfter(last)) {
            throw new CaseRefusal(400, module + ".statistics.error.order", first.format(MONTH), last.format(MONTH));
        }
        StatisticsPeriod period = new StatisticsPeriod(first, last);
        if (period.length() > MOST_MONTHS) {
            throw new CaseRefusal(400, module + ".statistics.error.span", MOST_MONTHS, first.format(MONTH),
                    last.format(MONTH), period.length());
        }
        return period;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static YearMonth month(String text, String module) {
        String value = text.strip();
        if (value.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(value, MONTH);
            } catch (DateTimeException e) {
                // a month such as 2025-13: refused below
            }
        }
        String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
        throw new CaseRefusal(400, module + ".statistics.error.month", shown);
    }

    /** The first day counted. */
    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The last day counted. */
    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    /** The number of months, both ends counted. */
    public int length() {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    /** Every month of the period, the first first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** {@code from} as {@code yyyy-MM}. */
    public String fromText() {
        return from.format(MONTH);
    }

    /** {@code to} as {@code yyyy-MM}. */
    public String toText() {
        return to.format(MONTH);
    }

    /** A month as people read it: {@code 2026年3月}, {@code 2026-03}. */
    public static Label label(YearMonth month) {
        return Label.of(month.getYear() + "年" + month.getMonthValue() + "月", month.format(MONTH));
    }
}
