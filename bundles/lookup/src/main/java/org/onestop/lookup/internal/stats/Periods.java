package org.onestop.lookup.internal.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Reads the periods statistics are published for, and gives the last day of each. */
final class Periods {

    private static final String[] QUARTERS_ZH = {"一", "二", "三", "四"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

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

    /** A period in words of a language: {@code 2016/2020} reads 2016—2020 年 or 2016–2020. */
    static String label(String period, String language) {
        boolean zh = !"en".equals(language);
        String p = period == null ? "" : period.strip();
        if (end(p).isEmpty()) {
            return p;
        }
        if (p.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate d = LocalDate.parse(p);
            return zh ? d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日"
                    : d.getDayOfMonth() + " " + MONTHS_EN[d.getMonthValue() - 1] + " " + d.getYear();
        }
        if (p.matches("\\d{4}-\\d{2}")) {
            YearMonth m = YearMonth.parse(p);
            return zh ? m.getYear() + " 年 " + m.getMonthValue() + " 月" : MONTHS_EN[m.getMonthValue() - 1] + " "
                    + m.getYear();
        }
        if (p.matches("\\d{4}-Q[1-4]")) {
            int quarter = p.charAt(6) - '0';
            return zh ? p.substring(0, 4) + " 年第" + QUARTERS_ZH[quarter - 1] + "季度" : "Q" + quarter + " "
                    + p.substring(0, 4);
        }
        if (p.matches("\\d{4}/\\d{4}")) {
            return zh ? p.substring(0, 4) + "—" + p.substring(5) + " 年" : p.substring(0, 4) + "–" + p.substring(5);
        }
        return zh ? p + " 年" : p;
    }
}
