package org.onestop.lookup.internal.patent;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.onestop.lookup.internal.Refusal;

/**
 * A patent search as a visitor asks it: words in title and abstract, a number, an applicant, an inventor, an IPC
 * prefix, a date range (on the publication date, else the application date), facet filters (IPC section, year,
 * type), the order and the page. Criteria combine with AND; absent ones do not narrow.
 */
public record PatentQuery(String text, String number, String applicant, String inventor, String ipc,
        LocalDate from, LocalDate to, String section, Integer year, PatentType type, PatentSort sort, int page,
        int size) {

    /** Results a visitor may page through: page × size at most this. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** Everything, newest first. */
    public static PatentQuery all(int page, int size) {
        return new PatentQuery(null, null, null, null, null, null, null, null, null, null, PatentSort.NEWEST,
                page, size);
    }

    /** Reads the parameters of a request; nonsense is refused with a message key. */
    public static PatentQuery parse(String q, String number, String applicant, String inventor, String ipc,
            String from, String to, String section, String year, String type, String sort, String page,
            String size) {
        String text = blankToNull(q);
        String ipcPrefix = null;
        if (blankToNull(ipc) != null) {
            ipcPrefix = IpcCode.prefix(ipc).orElseThrow(() -> new Refusal("lookup.error.ipc", ipc.strip()));
        }
        String numberKey = null;
        if (blankToNull(number) != null) {
            numberKey = PatentNumbers.key(number);
            if (numberKey.isEmpty()) {
                throw new Refusal("lookup.error.number", number.strip());
            }
        }
        LocalDate fromDate = date(from, true);
        LocalDate toDate = date(to, false);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new Refusal("lookup.error.range", from.strip(), to.strip());
        }
        String sectionValue = null;
        if (blankToNull(section) != null) {
            sectionValue = section.strip().toUpperCase(java.util.Locale.ROOT);
            if (!sectionValue.matches("[A-H]")) {
                throw new Refusal("lookup.error.section", section.strip());
            }
        }
        Integer yearValue = blankToNull(year) == null ? null : number(year, "year", 1800, 2200, 0);
        PatentType typeValue = blankToNull(type) == null ? null
                : PatentType.parse(type).orElseThrow(() -> new Refusal("lookup.error.type", type.strip()));
        PatentSort order = blankToNull(sort) == null ? (text == null ? PatentSort.NEWEST : PatentSort.RELEVANCE)
                : PatentSort.parse(sort).orElseThrow(() -> new Refusal("lookup.error.sort", sort.strip()));
        int pageValue = number(page, "page", 1, MAX_WINDOW, 1);
        int sizeValue = number(size, "size", 1, MAX_SIZE, DEFAULT_SIZE);
        if ((long) pageValue * sizeValue > MAX_WINDOW) {
            throw new Refusal("lookup.error.window", MAX_WINDOW);
        }
        return new PatentQuery(text, numberKey, blankToNull(applicant), blankToNull(inventor), ipcPrefix, fromDate,
                toDate, sectionValue, yearValue, typeValue, order, pageValue, sizeValue);
    }

    /** The same search on another page. */
    public PatentQuery onPage(int otherPage, int otherSize) {
        return new PatentQuery(text, number, applicant, inventor, ipc, from, to, section, year, type, sort,
                otherPage, otherSize);
    }

    public int offset() {
        return (page - 1) * size;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int number(String value, String name, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refusal("lookup.error.integer", name, min, max);
    }

    /** A date as {@code 2015}, {@code 2015-06} or {@code 2015-06-30}; a partial one stands for its first or last day. */
    static LocalDate date(String value, boolean start) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return start ? m.atDay(1) : m.atEndOfMonth();
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new Refusal("lookup.error.date", v);
        }
    }
}
