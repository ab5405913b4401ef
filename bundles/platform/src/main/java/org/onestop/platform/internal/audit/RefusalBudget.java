package org.onestop.platform.internal.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How many refusals the audit trail takes one by one, so that a client sending refused requests in a loop cannot
 * flood it: at most {@code perClient} per client in a window (a minute), and at most {@code overall} of all clients
 * together. What is over is counted, and each window that counted some gives one {@link Overflow} when it ends.
 */
final class RefusalBudget {

    /** The key of the window that counts refusals over the overall budget. */
    static final String ALL_CLIENTS = "*";
    private static final int MAX_WINDOWS = 10_000;

    /** Refusals of {@code client} (or {@link #ALL_CLIENTS}) counted but not recorded between two instants. */
    record Overflow(String client, Instant from, Instant to, int count) {
    }

    private static final class Window {
        final Instant start;
        int recorded;
        int suppressed;

        Window(Instant start) {
            this.start = start;
        }
    }

    private final int perClient;
    private final int overall;
    private final Duration length;
    private final Map<String, Window> windows = new HashMap<>();
    private final List<Overflow> ended = new ArrayList<>();

    RefusalBudget(int perClient, int overall, Duration length) {
        this.perClient = perClient;
        this.overall = overall;
        this.length = length;
    }

    /** Whether a refusal of {@code client} at {@code now} is to be recorded on its own; else it is counted. */
    synchronized boolean admit(String client, Instant now) {
        Window mine = current(client, now);
        if (mine == null || mine.recorded >= perClient) {
            count(mine == null ? current(ALL_CLIENTS, now) : mine);
            return false;
        }
        Window all = current(ALL_CLIENTS, now);
        if (all.recorded >= overall) {
            count(all);
            return false;
        }
        mine.recorded++;
        all.recorded++;
        return true;
    }

    /** The windows ended by {@code now} that counted refusals over the budget, each once, oldest first. */
    synchronized List<Overflow> ended(Instant now) {
        for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Window> entry = it.next();
            if (!now.isBefore(entry.getValue().start.plus(length))) {
                close(entry.getKey(), entry.getValue());
                it.remove();
            }
        }
        List<Overflow> due = List.copyOf(ended);
        ended.clear();
        return due;
    }

    /** The window of {@code client} at {@code now}, a new one if its last has ended; null when too many are open. */
    private Window current(String client, Instant now) {
        Window window = windows.get(client);
        if (window != null && !now.isBefore(window.start.plus(length))) {
            close(client, window);
            window = null;
        }
        if (window == null) {
            if (windows.size() >= MAX_WINDOWS && !ALL_CLIENTS.equals(client)) {
                return null;
            }
            window = new Window(now);
            windows.put(client, window);
        }
        return window;
    }

    private void close(String client, Window window) {
        if (window.suppressed > 0) {
            ended.add(new Overflow(client, window.start, window.start.plus(length), window.suppressed));
        }
    }

    private static void count(Window window) {
        window.suppressed++;
    }
}
