package org.onestop.metrics.internal;

/**
 * The key figures of the health page, each sampled once a minute: {@code name} is the message key's and the JSON's
 * word, {@code decimals} how it is shown, {@code hall} how the samples of several nodes make the hall's.
 */
enum Figure {
    REQUESTS("requests", 0, Hall.SUM),
    ERRORS("errors", 1, Hall.SHARE_OF_REQUESTS),
    LATENCY("latency", 0, Hall.HIGHEST),
    OPEN_CASES("openCases", 0, Hall.SHARED),
    OVERDUE("overdue", 0, Hall.SHARED),
    OUTBOX("outbox", 0, Hall.SHARED),
    HEAP("heap", 0, Hall.HIGHEST),
    THREADS("threads", 0, Hall.HIGHEST);

    /** How one minute's samples of every node make the hall's sample of that minute. */
    enum Hall {
        /** Their sum: requests of all nodes together. */
        SUM,
        /** Each node's share weighted by its requests that minute: the hall's share of requests. */
        SHARE_OF_REQUESTS,
        /** The highest: the slowest node, the fullest heap. */
        HIGHEST,
        /** The same database read by each node: any one (the highest). */
        SHARED
    }

    private final String word;
    private final int decimals;
    private final Hall hall;

    Figure(String word, int decimals, Hall hall) {
        this.word = word;
        this.decimals = decimals;
        this.hall = hall;
    }

    /** Its name in messages ({@code metrics.figure.<word>}) and in JSON. */
    String word() {
        return word;
    }

    int decimals() {
        return decimals;
    }

    Hall hall() {
        return hall;
    }

    /** The figure called {@code word}, or null. */
    static Figure named(String word) {
        for (Figure figure : values()) {
            if (figure.word.equals(word)) {
                return figure;
            }
        }
        return null;
    }
}
