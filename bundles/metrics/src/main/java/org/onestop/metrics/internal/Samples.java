package org.onestop.metrics.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@link #capacity()} samples of one figure, oldest first: a ring buffer that drops the oldest sample when
 * a new one comes and it is full. Safe to read while another thread adds.
 */
final class Samples {

    /** One figure's value at one moment; NaN when it could not be read then. */
    record Sample(Instant at, double value) {
    }

    private final Sample[] ring;
    private int next;
    private int size;

    Samples(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        ring = new Sample[capacity];
    }

    int capacity() {
        return ring.length;
    }

    synchronized void add(Instant at, double value) {
        ring[next] = new Sample(at, value);
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    /** The samples kept, oldest first. */
    synchronized List<Sample> list() {
        List<Sample> kept = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            kept.add(ring[(next - size + i + ring.length) % ring.length]);
        }
        return kept;
    }

    /** The newest sample, or null before the first. */
    synchronized Sample last() {
        return size == 0 ? null : ring[(next - 1 + ring.length) % ring.length];
    }
}
