package org.onestop.mail.internal;

import java.time.Instant;

/**
 * One message in the outbox, as operators see it.
 *
 * @param id            its number
 * @param recipient     the address it goes to
 * @param subject       the subject line
 * @param body          the text
 * @param createdAt     when it was posted (UTC)
 * @param status        {@code PENDING}, {@code SENT} or {@code FAILED}
 * @param attempts      how many times sending failed
 * @param nextAttemptAt when the courier tries next (for PENDING mail)
 * @param lastError     why the last attempt failed, or null
 * @param sentAt        when the SMTP server took it, or null
 */
public record OutboxMail(long id, String recipient, String subject, String body, Instant createdAt, String status,
        int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
}
