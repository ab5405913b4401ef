package org.onestop.cnipa.internal;

import java.time.LocalDate;
import java.util.List;

import org.onestop.api.cases.Label;

/**
 * The supervisors' figures of pre-checked visits started in a period (months {@code from} to {@code to},
 * {@code yyyy-MM}), as of a day: in total, by business and by month of submission, and the closed ones by outcome.
 */
public record VisitStatisticsReport(String from, String to, LocalDate asOf, Figures total, List<Group> byBusiness,
        List<Group> byMonth, List<Outcome> byOutcome) {

    /** The visits of the period closed with one {@link VisitOutcome} ({@code key} its code). */
    public record Outcome(String key, Label label, long visits) {
    }

    /**
     * @param visits            visits started
     * @param prechecked        visits whose materials a clerk has answered at least once
     * @param completeFirst     of those, the visits found complete at the first answer
     * @param shareCompleteFirst completeFirst / prechecked, null when none was pre-checked
     * @param answers           answers given (every round)
     * @param averageDaysToAnswer working days from a submission to its answer, on average; null without answers
     */
    public record Figures(long visits, long prechecked, long completeFirst, Double shareCompleteFirst, long answers,
            Double averageDaysToAnswer) {
    }

    /** One row of a breakdown: its key (a business's code, a month), its label in both languages, its figures. */
    public record Group(String key, Label label, Figures figures) {
    }
}
