package org.onestop.lookup.internal.stats;

import java.util.List;

/**
 * The topics the statistics dashboard groups indicators by, after the chain of IP work in the national plans:
 * creation (创造), use (运用), protection (保护), and services and awareness (服务与宣传); indicators without one
 * come last, as {@code other}.
 */
public final class Topics {

    public static final List<String> CODES = List.of("creation", "use", "protection", "service");
    public static final String OTHER = "other";

    private Topics() {
    }

    /** Where an indicator with this topic is shown: its place in {@link #CODES}, or after them all. */
    static int order(String topic) {
        int at = topic == null ? -1 : CODES.indexOf(topic);
        return at < 0 ? CODES.size() : at;
    }
}
