package org.onestop.platform.internal.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One notification as its recipient reads it, in the language the account had when it was sent.
 *
 * @param id        its number
 * @param createdAt when it was sent
 * @param subject   one line
 * @param text      the message
 * @param link      a path within the gateway to open, or null
 * @param readAt    when the recipient read it, or null while unread
 */
public record StoredNotification(long id, Instant createdAt, String subject, String text, String link,
        Instant readAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public boolean read() {
        return readAt != null;
    }

    /** When it was sent, as {@code <time datetime>} wants it: {@code 2026-11-21T08:30:00Z}. */
    public String createdIso() {
        return createdAt.toString();
    }

    /** When it was sent, as pages show it in {@code zone}: {@code 2026-11-21 16:30}. */
    public String createdIn(ZoneId zone) {
        return SHOWN.format(createdAt.atZone(zone));
    }
}
