package org.onestop.api.audit;

import org.onestop.api.identity.Caller;

/**
 * One thing done, as the audit trail keeps it; the time is set when it is recorded.
 *
 * @param actor         who did it: {@code account:<id>}, {@code anonymous} or {@code runtime}
 * @param action        what was done, dotted and lower case, e.g. {@code login.failed}, {@code case.moved}
 * @param target        what it was done to, e.g. {@code account:12}, {@code case:YS-2026-000123}; may be empty
 * @param clientAddress the client's network address, or empty when the gateway itself acted
 * @param detail        more about it, for people reading the trail; may be empty, never a password or token
 */
public record AuditEntry(String actor, String action, String target, String clientAddress, String detail) {

    public AuditEntry {
        target = target == null ? "" : target;
        clientAddress = clientAddress == null ? "" : clientAddress;
        detail = detail == null ? "" : detail;
    }

    /** An entry for something {@code caller} did. */
    public static AuditEntry by(Caller caller, String action, String target, String detail) {
        return new AuditEntry(caller.actor(), action, target, caller.clientAddress(), detail);
    }
}
