package org.onestop.training.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;

/**
 * The catalogue's filters as a reader gives them ({@code audience}, {@code format}, {@code month} as
 * {@code 2026-12}, {@code seats} any non-blank value, {@code q}, {@code page}); a filter that means nothing is
 * refused with 400 naming it.
 */
public record CatalogueQuery(String audience, String format, String month, boolean seats, String q, Paging paging) {

    static CatalogueQuery read(String audience, String format, String month, String seats, String q, String page) {
        String a = Course.trim(audience);
        String f = Course.trim(format);
        String m = Course.trim(month);
        if (!a.isEmpty() && CourseAudience.of(a).isEmpty()) {
            throw Refusal.badRequest("training.error.filter", new Refusal.Term("training.filter.audience"));
        }
        if (!f.isEmpty() && CourseFormat.of(f).isEmpty()) {
            throw Refusal.badRequest("training.error.filter", new Refusal.Term("training.filter.format"));
        }
        if (!m.isEmpty()) {
            yearMonth(m);
        }
        String words = Course.trim(q);
        if (words.length() > 100) {
            throw Refusal.badRequest("training.error.filter", new Refusal.Term("training.filter.query"));
        }
        return new CatalogueQuery(a, f, m, seats != null && !seats.isBlank(), words, Paging.parse(page, null, 20, 20));
    }

    /** The filter for the catalogue, the month read in the centre's zone. */
    Catalogue.Filter filter(ZoneId zone) {
        Instant from = null;
        Instant until = null;
        if (!month.isEmpty()) {
            YearMonth m = yearMonth(month);
            from = m.atDay(1).atStartOfDay(zone).toInstant();
            until = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        }
        return new Catalogue.Filter(audience, format, from, until, seats, q);
    }

    /** The query string of these filters, without the page, for the pager's links. */
    public String base() {
        StringBuilder query = new StringBuilder("/training?");
        append(query, "audience", audience);
        append(query, "format", format);
        append(query, "month", month);
        append(query, "seats", seats ? "1" : "");
        append(query, "q", q);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!value.isEmpty()) {
            query.append(query.charAt(query.length() - 1) == '?' ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static YearMonth yearMonth(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw Refusal.badRequest("training.error.month");
        }
    }
}
