package org.onestop.cases.internal.notification;

import java.time.Instant;

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

    public boolean read() {
        return readAt != null;
    }
}
