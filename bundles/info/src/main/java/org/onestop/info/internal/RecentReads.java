package org.onestop.info.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps the answers to recent reads of public content for a few seconds, so that a busy home page or news list
 * does not query the database for every visitor. Writes through this gateway clear it at once; writes by another
 * gateway sharing the database show within {@link #maxAgeMillis}. Holds at most {@link #MAX_ENTRIES} answers.
 *
 * @param <K> what was asked
 * @param <V> the answer
 */
final class RecentReads<K, V> {

    static final int MAX_ENTRIES = 256;

    /** An answer and when it stops being fresh. */
    private record Answer<V>(V value, long freshUntil) {
    }

    /** A read that may fail with a database error. */
    interface Read<V> {
        V get() throws java.sql.SQLException;
    }

    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();
    /** Counts clears, so that a read which started before a write does not put its old answer back. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final long maxAgeMillis;
    private final LongSupplier clock;

    RecentReads(long maxAgeMillis, LongSupplier clock) {
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
    }

    V get(K key, Read<V> read) throws java.sql.SQLException {
        long now = clock.getAsLong();
        Answer<V> answer = answers.get(key);
        if (answer != null && now < answer.freshUntil()) {
            return answer.value();
        }
        long started = generation.get();
        V value = read.get();
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        answers.put(key, new Answer<>(value, now + maxAgeMillis));
        if (generation.get() != started) {
            answers.remove(key);
        }
        return value;
    }

    void clear() {
        generation.incrementAndGet();
        answers.clear();
    }
}
