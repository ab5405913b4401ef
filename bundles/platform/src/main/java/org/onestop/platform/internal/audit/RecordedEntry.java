package org.onestop.platform.internal.audit;

import java.time.Instant;

/**
 * One stored entry of the audit trail, as operators read it.
 *
 * @param sequence      its place in the trail, from 1, without gaps
 * @param time          when it was recorded (UTC, to the millisecond)
 * @param actor         who: {@code account:<id>}, {@code anonymous} or {@code runtime}
 * @param action        what, dotted and lower case
 * @param target        what it was done to; may be empty
 * @param clientAddress the client's address; empty when the gateway itself acted
 * @param detail        more about it; may be empty
 * @param previousHash  the hash of the entry before it
 * @param hash          its own hash
 */
public record RecordedEntry(long sequence, Instant time, String actor, String action, String target,
        String clientAddress, String detail, String previousHash, String hash) {

    /** The hash this entry should carry: differs from {@link #hash()} when a stored field was changed. */
    String expectedHash() {
        return EntryHash.of(sequence, time, actor, action, target, clientAddress, detail, previousHash);
    }
}
