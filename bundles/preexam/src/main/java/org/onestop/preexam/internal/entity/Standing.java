package org.onestop.preexam.internal.entity;

import java.util.Locale;

/** Where an organisation stands with the centre; only an approved entity files pre-examination requests. */
public enum Standing {
    /** Never registered. */
    NONE,
    /** Registered, waiting for the examiner's decision. */
    PENDING,
    APPROVED,
    REJECTED,
    /** Approved before, suspended with a reason (e.g. after abnormal filings). */
    SUSPENDED;

    /** The code stored and shown in JSON, e.g. {@code approved}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Standing of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
