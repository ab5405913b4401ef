package org.onestop.platform.internal.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;
import java.util.function.Supplier;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * Times as people read them: stored instants (UTC) shown in the centre's time zone (the working calendar's
 * {@code time.zone}, followed as it is edited), and the zone's name in the reader's language, to label a page
 * once. An operator names a zone in words of their own with the message key {@code shell.zone.<zone id>}
 * ({@code shell.zone.Asia/Shanghai=北京时间}); other zones are named as Java names them in that language.
 */
public final class CentreTime {

    /** The zone of {@code time.zone}'s default, for renderers that are given none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Supplier<ZoneId> zone;

    public CentreTime(Supplier<ZoneId> zone) {
        this.zone = zone;
    }

    /** The centre's zone now. */
    public ZoneId zone() {
        return zone.get();
    }

    /** {@code 2026-03-02 01:30} for 2026-03-01T17:30Z in Asia/Shanghai; empty for null or empty text. */
    public String when(Object time) {
        return format(time, MINUTES);
    }

    /** The same to the second, {@code 2026-03-02 01:30:12}, for records such as the audit trail. */
    public String whenExactly(Object time) {
        return format(time, SECONDS);
    }

    /** The centre's day of an instant, {@code 2026-03-02}; a {@link LocalDate} is already one. */
    public String day(Object time) {
        if (time instanceof LocalDate date) {
            return DAY.format(date);
        }
        return format(time, DAY);
    }

    /** The instant in ISO-8601 UTC, {@code 2026-03-01T17:30:00Z}, for {@code <time datetime>}; empty for null. */
    public String iso(Object time) {
        Instant instant = instant(time);
        return instant == null ? "" : instant.toString();
    }

    /** The zone's name in {@code language}: the message {@code shell.zone.<id>} if there is one, else Java's. */
    public String label(Language language, Messages messages) {
        ZoneId now = zone();
        String key = "shell.zone." + now.getId();
        String named = messages.text(language, key);
        if (!named.equals(key)) {
            return named;
        }
        return now.getDisplayName(TextStyle.FULL, language == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    private String format(Object time, DateTimeFormatter pattern) {
        Instant instant = instant(time);
        return instant == null ? "" : pattern.format(instant.atZone(zone()));
    }

    /**
     * The instant of a value: an {@link Instant}, an offset or zoned time, a {@link Date}, ISO-8601 text with an
     * offset, or a {@link LocalDateTime} (or such text) of UTC, as the database gives times back. Null for null or
     * empty text; a value of another kind is a template's mistake and says so.
     */
    static Instant instant(Object time) {
        if (time == null || time instanceof String text && text.isBlank()) {
            return null;
        }
        if (time instanceof Instant instant) {
            return instant;
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (time instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (time instanceof LocalDateTime utc) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        if (time instanceof Date date) {
            return date.toInstant();
        }
        if (time instanceof String text) {
            String t = text.strip();
            return t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(t).toInstant()
                    : LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not a time: " + time.getClass().getName() + " " + time);
    }
}
