package org.onestop.preexam.internal.rules;

import java.util.Objects;

/** An entity's allowance of requests per period, e.g. 20 requests a quarter; 0 allows none. */
public record Quota(int requests, QuotaPeriod period) {

    public Quota {
        if (requests < 0) {
            throw new IllegalArgumentException("A quota cannot be negative: " + requests);
        }
        Objects.requireNonNull(period, "period");
    }

    /** Whether one more request may be filed when {@code used} were filed in the current period. */
    public boolean allowsAnother(int used) {
        return used < requests;
    }

    /** Requests left (never negative). */
    public int left(int used) {
        return Math.max(0, requests - Math.max(0, used));
    }
}
