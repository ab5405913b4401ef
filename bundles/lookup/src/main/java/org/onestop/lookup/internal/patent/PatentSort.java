package org.onestop.lookup.internal.patent;

import java.util.Locale;
import java.util.Optional;

/** The orders of a result list: by relevance to the words asked, newest first, or oldest first. */
public enum PatentSort {
    RELEVANCE, NEWEST, OLDEST;

    public static Optional<PatentSort> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.equals("DATE")) {
            return Optional.of(NEWEST);
        }
        try {
            return Optional.of(valueOf(v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
