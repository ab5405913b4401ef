package org.onestop.preexam.internal.statistics;

import java.time.LocalDate;
import java.util.List;

import org.onestop.api.cases.Label;

/**
 * Pre-examination statistics for supervisors: the requests submitted in a period, as a whole and broken down by
 * their status today, patent type, technical field (the main IPC's subclass; for a design its Locarno class and
 * subclass) and month of submission.
 *
 * @param from         the first month, {@code yyyy-MM}
 * @param to           the last month, {@code yyyy-MM}
 * @param asOf         the day the statuses were read (the centre's today)
 * @param total        the figures of all requests of the period
 * @param byStatus     every status of the workflow, in the order of the process
 * @param byPatentType every patent type
 * @param byField      the fields that had requests, the busiest first
 * @param byMonth      every month of the period, the first first
 */
public record StatisticsReport(String from, String to, LocalDate asOf, Figures total, List<Group> byStatus,
        List<Group> byPatentType, List<Group> byField, List<Group> byMonth) {

    public StatisticsReport {
        byStatus = List.copyOf(byStatus);
        byPatentType = List.copyOf(byPatentType);
        byField = List.copyOf(byField);
        byMonth = List.copyOf(byMonth);
    }

    /**
     * One row of a breakdown.
     *
     * @param key     the code: a status, a patent type, an IPC subclass, {@code LOC} and a design's Locarno class and
     *                subclass ({@code LOC 13-01}), or a month ({@code yyyy-MM})
     * @param label   what the code is called in each language
     * @param figures the figures of the requests in this row
     */
    public record Group(String key, Label label, Figures figures) {
    }

    /**
     * What supervisors read of a set of requests. A rate or average whose denominator is zero is {@code null}.
     *
     * @param requests            how many were submitted
     * @param share               their part of all requests of the period (0 to 1)
     * @param decided             how many were decided: qualified or rejected (a qualified request stays decided
     *                            after its filing or its qualification's expiry)
     * @param qualified           how many were qualified
     * @param rejected            how many were rejected
     * @param qualificationRate   qualified / decided
     * @param averageDecisionDays the average working days from submission to decision, over the decided requests
     * @param examined            how many reached examination (see {@link RequestStatistics} for how it is told)
     * @param corrected           how many of those were asked for at least one correction
     * @param correctionShare     corrected / examined
     */
    public record Figures(long requests, Double share, long decided, long qualified, long rejected,
            Double qualificationRate, Double averageDecisionDays, long examined, long corrected,
            Double correctionShare) {
    }
}
