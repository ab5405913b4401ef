package org.onestop.preexam.internal.statistics;

import org.onestop.preexam.internal.statistics.StatisticsReport.Figures;

/** Counts of requests added up group by group while a report is made; turned into {@link Figures} at the end. */
final class Tally {

    private long requests;
    private long qualified;
    private long rejected;
    private long timedDecisions;
    private long decisionDays;
    private long examined;
    private long corrected;

    /** Adds the counts of one group of requests of the same status. */
    void add(long requests, long qualified, long rejected, long timedDecisions, long decisionDays, long examined,
            long corrected) {
        this.requests += requests;
        this.qualified += qualified;
        this.rejected += rejected;
        this.timedDecisions += timedDecisions;
        this.decisionDays += decisionDays;
        this.examined += examined;
        this.corrected += corrected;
    }

    void add(Tally other) {
        add(other.requests, other.qualified, other.rejected, other.timedDecisions, other.decisionDays,
                other.examined, other.corrected);
    }

    long requests() {
        return requests;
    }

    /** The figures, with the share taken of {@code all} requests of the period. */
    Figures figures(long all) {
        long decided = qualified + rejected;
        return new Figures(requests, ratio(requests, all), decided, qualified, rejected, ratio(qualified, decided),
                ratio(decisionDays, timedDecisions), examined, corrected, ratio(corrected, examined));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
