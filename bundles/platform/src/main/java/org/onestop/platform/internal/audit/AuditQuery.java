package org.onestop.platform.internal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Paging;

/**
 * What an operator asks of the audit trail.
 *
 * @param actor        the exact actor, or null for any
 * @param actionPrefix the start of the action ({@code login} finds {@code login.failed}), or null for any
 * @param from         the earliest time, inclusive, or null
 * @param until        the time the entries come before (exclusive), or null
 * @param paging       which page, newest entries first
 */
public record AuditQuery(String actor, String actionPrefix, Instant from, Instant until, Paging paging) {

    /** A query from the parameters of the JSON API, whose dates and times without an offset are UTC. */
    public static AuditQuery parse(String actor, String action, String from, String to, Paging paging,
            Messages messages, Language language) throws BadInput {
        return parse(actor, action, from, to, paging, ZoneOffset.UTC, messages, language);
    }

    /**
     * A query from request parameters. A time is a date ({@code 2026-11-21}: from the start of that day; as
     * {@code to}, through its end), a date and time ({@code 2026-11-21T08:30}) or an instant with its offset
     * ({@code 2026-11-21T08:30:00+08:00}); dates and times without an offset are of {@code zone} (the page reads
     * them in the centre's zone, as it shows the times).
     */
    public static AuditQuery parse(String actor, String action, String from, String to, Paging paging,
            ZoneId zone, Messages messages, Language language) throws BadInput {
        Instant start = time(from, false, "from", zone, messages, language);
        Instant end = time(to, true, "to", zone, messages, language);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadInput(messages.text(language, "ops.error.range"));
        }
        return new AuditQuery(blankToNull(actor), blankToNull(action), start, end, paging);
    }

    private static Instant time(String value, boolean end, String name, ZoneId zone, Messages messages,
            Language language) throws BadInput {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            Instant at = v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(v).toInstant()
                    : LocalDateTime.parse(v).atZone(zone).toInstant();
            return end ? at.plusMillis(1) : at;
        } catch (DateTimeParseException e) {
            throw new BadInput(messages.text(language, "ops.error.time", messages.text(language, "ops.filter." + name),
                    v));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
