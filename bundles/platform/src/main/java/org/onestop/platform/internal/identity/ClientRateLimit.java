package org.onestop.platform.internal.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one client address may do something within a sliding window (registrations, reset requests). Kept in
 * memory: each gateway node counts its own clients.
 */
public final class ClientRateLimit {

    private static final int MAX_CLIENTS = 100_000;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public ClientRateLimit(Duration window) {
        this.window = window;
    }

    /** Counts an attempt of {@code client} at {@code now} if fewer than {@code limit} fall in the window. */
    public boolean tryAcquire(String client, int limit, Instant now) {
        if (recent.size() > MAX_CLIENTS) {
            recent.values().removeIf(times -> forget(times, now));
        }
        Deque<Instant> times = recent.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            forget(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private boolean forget(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.removeFirst();
            }
            return times.isEmpty();
        }
    }
}
