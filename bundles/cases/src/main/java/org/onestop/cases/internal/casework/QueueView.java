package org.onestop.cases.internal.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The workbench's queues: the cases assigned to me, my team's open cases, and my team's cases nobody works. */
public enum QueueView {
    MINE,
    TEAM,
    UNASSIGNED;

    /** The lower-case name used in URLs and JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The queue named {@code code}. */
    public static Optional<QueueView> of(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
