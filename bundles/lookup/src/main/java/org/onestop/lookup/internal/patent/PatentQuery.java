package org.onestop.lookup.internal.patent;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;


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
    /** Most words a search takes in {@code q}, and in an applicant's or inventor's name. */
    public static final int MAX_WORDS = 32;

    /** Longest value of each parameter, in characters; a longer one is refused before anything is searched. */
    private static final Map<String, Integer> LONGEST = Map.ofEntries(Map.entry("q", 500), Map.entry("number", 64),
            Map.entry("applicant", 200), Map.entry("inventor", 200), Map.entry("ipc", 32), Map.entry("from", 10),
            Map.entry("to", 10), Map.entry("section", 8), Map.entry("year", 8), Map.entry("type", 32),
            Map.entry("sort", 32), Map.entry("page", 9), Map.entry("size", 9));
    /** The message key naming each parameter in the visitor's language. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("q", "lookup.field.q"),
            Map.entry("number", "lookup.field.number"), Map.entry("applicant", "lookup.field.applicant"),
            Map.entry("inventor", "lookup.field.inventor"), Map.entry("ipc", "lookup.field.ipc"),
            Map.entry("from", "lookup.field.from"), Map.entry("to", "lookup.field.to"),
            Map.entry("section", "lookup.facet.section"), Map.entry("year", "lookup.facet.year"),
            Map.entry("type", "lookup.facet.type"), Map.entry("sort", "lookup.field.sort"),
            Map.entry("page", "lookup.field.page"), Map.entry("size", "lookup.field.size"));

    /** Everything, newest first. */
    public static PatentQuery all(int page, int size) {
        return new PatentQuery(null, null, null, null, null, null, null, null, null, null, PatentSort.NEWEST,
                page, size);
    }

    /** Reads the parameters of a request; nonsense is refused with a message key. */
    public static PatentQuery parse(String q, String number, String applicant, String inventor, String ipc,
            String from, String to, String section, String year, String type, String sort, String page,
            String size) {
        String[] names = {"q", "number", "applicant", "inventor", "ipc", "from", "to", "section", "year", "type",
            "sort", "page", "size"};
        String[] values = {q, number, applicant, inventor, ipc, from, to, section, year, type, sort, page, size};
        for (int i = 0; i < names.length; i++) {
            bounded(names[i], values[i]);
        }
        String text = blankToNull(q);
        String ipcPrefix = null;
        if (blankToNull(ipc) != null) {
            ipcPrefix = IpcCode.prefix(ipc).orElseThrow(() -> Refusal.badRequest("lookup.error.ipc", ipc.strip()));
        }
        String numberKey = null;
        if (blankToNull(number) != null) {
            numberKey = PatentNumbers.key(number);
            if (numberKey.isEmpty()) {
                throw Refusal.badRequest("lookup.error.number", number.strip());
            }
        }
        LocalDate fromDate = date(from, true);
        LocalDate toDate = date(to, false);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw Refusal.badRequest("lookup.error.range", from.strip(), to.strip());
        }
        String sectionValue = null;
        if (blankToNull(section) != null) {
            sectionValue = section.strip().toUpperCase(java.util.Locale.ROOT);
            if (!sectionValue.matches("[A-H]")) {
                throw Refusal.badRequest("lookup.error.section", section.strip());
            }
        }
        Integer yearValue = blankToNull(year) == null ? null : number(year, "year", 1800, 2200, 0);
        PatentType typeValue = blankToNull(type) == null ? null
                : PatentType.parse(type).orElseThrow(() -> Refusal.badRequest("lookup.error.type", type.strip()));
        PatentSort order = blankToNull(sort) == null ? (text == null ? PatentSort.NEWEST : PatentSort.RELEVANCE)
                : PatentSort.parse(sort).orElseThrow(() -> Refusal.badRequest("lookup.error.sort", sort.strip()));
        Paging paging = Paging.parse(page, size, DEFAULT_SIZE, MAX_SIZE);
        if (paging.offset() + paging.size() > MAX_WINDOW) {
            throw Refusal.badRequest("lookup.error.window", MAX_WINDOW);
        }
        return new PatentQuery(text, numberKey, blankToNull(applicant), blankToNull(inventor), ipcPrefix, fromDate,
                toDate, sectionValue, yearValue, typeValue, order, paging.page(), paging.size());
    }

    /** The same search on another page. */
    public PatentQuery onPage(int otherPage, int otherSize) {
        return new PatentQuery(text, number, applicant, inventor, ipc, from, to, section, year, type, sort,
                otherPage, otherSize);
    }

    public int offset() {
        return (int) new Paging(page, size).offset();
    }

    /** Refuses a parameter longer than its limit, naming it in the visitor's language. */
    private static void bounded(String name, String value) {
        int longest = LONGEST.get(name);
        if (value != null && value.strip().length() > longest) {
            throw Refusal.badRequest("lookup.error.tooLong", new Refusal.Term(LABELS.get(name)), longest);
        }
    }

    /** The message key naming a search parameter, e.g. {@code lookup.field.applicant}. */
    static String label(String name) {
        return LABELS.get(name);
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
        throw Refusal.badRequest("lookup.error.integer", new Refusal.Term(LABELS.get(name)), min, max);
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
            throw Refusal.badRequest("lookup.error.date", v);
        }
    }
}
