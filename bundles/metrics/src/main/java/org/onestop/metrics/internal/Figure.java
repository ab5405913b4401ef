package org.onestop.metrics.internal;

/**
 * The key figures of the health page, each sampled once a minute: {@code name} is the message key's and the JSON's
 * word, {@code decimals} how it is shown.
 */
enum Figure {
    REQUESTS("requests", 0),
    ERRORS("errors", 1),
    LATENCY("latency", 0),
    OPEN_CASES("openCases", 0),
    OVERDUE("overdue", 0),
    OUTBOX("outbox", 0),
    HEAP("heap", 0),
    THREADS("threads", 0);

    private final String word;
    private final int decimals;

    Figure(String word, int decimals) {
        this.word = word;
        this.decimals = decimals;
    }

    /** Its name in messages ({@code metrics.figure.<word>}) and in JSON. */
    String word() {
        return word;
    }

    int decimals() {
        return decimals;
    }
}
