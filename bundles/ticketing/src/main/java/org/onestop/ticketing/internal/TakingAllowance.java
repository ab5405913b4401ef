package org.onestop.ticketing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many numbers visitors who are not signed in take online from one network address in the last hour, so that a
 * script cannot empty a day's numbers. Kept in memory: each gateway node counts its own clients.
 */
final class TakingAllowance {

    static final Duration HOUR = Duration.ofHours(1);
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** How long {@code client} must wait before taking one more of at most {@code limit} an hour; zero if not. */
    Duration wait(String client, int limit, Instant now) {
        Deque<Instant> times = recent.get(client);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            forget(times, now);
            if (times.size() < Math.max(1, limit)) {
                return Duration.ZERO;
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(HOUR));
            return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
        }
    }

    /** Counts a number {@code client} took at {@code now}. */
    void taken(String client, Instant now) {
        if (recent.size() > MAX_CLIENTS) {
            recent.values().removeIf(times -> forget(times, now));
        }
        Deque<Instant> times = recent.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            forget(times, now);
            times.addLast(now);
        }
    }

    private static boolean forget(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(HOUR))) {
                times.removeFirst();
            }
            return times.isEmpty();
        }
    }
}
