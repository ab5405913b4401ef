package org.onestop.platform.internal.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as an operator reads it on the page: who by name, what and to what in words, in the
 * reader's language. The codes stay beside the words for filtering.
 *
 * @param sequence      its place in the trail
 * @param time          when it was recorded
 * @param actor         who, as recorded ({@code account:4}, {@code runtime}, {@code anonymous})
 * @param actorName     who, in words: the account's name and email, the gateway, an anonymous visitor
 * @param action        what, as recorded ({@code login.failed})
 * @param actionLabel   what, in words, or null when there are none for this action (the code is shown then)
 * @param targetLabel   what it was done to, in words (a person by name, 案件 YS-2026-000001), or empty
 * @param clientAddress the client's address, or empty
 * @param detail        more about it: the gateway's own details in words, what people wrote as written
 */
public record AuditLine(long sequence, Instant time, String actor, String actorName, String action,
        String actionLabel, String targetLabel, String clientAddress, String detail) {
}
