package org.onestop.assistance.internal.statistics;

import java.time.LocalDate;
import java.util.List;

import org.onestop.api.cases.Label;

/**
 * Rights-protection assistance statistics for supervisors: the applications submitted in a period, as a whole and
 * broken down by their status today, how the closed ones closed, business type, right type, assistance asked for,
 * where the infringement happens (venue, and the regions named), and month of submission.
 *
 * @param from           the first month, {@code yyyy-MM}
 * @param to             the last month, {@code yyyy-MM}
 * @param asOf           the day the statuses were read (the centre's today)
 * @param total          the figures of all applications of the period
 * @param byStatus       every status of the workflow, in the order of the process
 * @param byClosing      the closed applications by how they closed: a handled case by the outcome its closing chose
 *                       (mediated, referred, litigation, advice; withdrawn and not accepted counted with those
 *                       statuses), any other by its closed status (refused, lapsed, withdrawn)
 * @param byBusinessType every business type
 * @param byRightType    every right type
 * @param byAssistance   every kind of assistance; an application asking for several counts in each, so these add up
 *                       to more than the total
 * @param byVenue        offline in a region, online, at a trade fair
 * @param byRegion       the regions named by the applications of venue "region", the busiest first
 * @param byMonth        every month of the period, the first first
 */
public record AssistanceReport(String from, String to, LocalDate asOf, Figures total, List<Group> byStatus,
        List<Group> byClosing, List<Group> byBusinessType, List<Group> byRightType, List<Group> byAssistance,
        List<Group> byVenue, List<Group> byRegion, List<Group> byMonth) {

    public AssistanceReport {
        byStatus = List.copyOf(byStatus);
        byClosing = List.copyOf(byClosing);
        byBusinessType = List.copyOf(byBusinessType);
        byRightType = List.copyOf(byRightType);
        byAssistance = List.copyOf(byAssistance);
        byVenue = List.copyOf(byVenue);
        byRegion = List.copyOf(byRegion);
        byMonth = List.copyOf(byMonth);
    }

    /**
     * One row of a breakdown.
     *
     * @param key     the code: a status, a business type, a right type, a kind of assistance, a venue, a region as the
     *                applicants wrote it, or a month ({@code yyyy-MM})
     * @param label   what the code is called in each language
     * @param figures the figures of the applications in this row
     */
    public record Group(String key, Label label, Figures figures) {
    }

    /**
     * What supervisors read of a set of applications. An average whose denominator is zero is {@code null}.
     *
     * @param applications            how many were submitted
     * @param share                   their part of all applications of the period (0 to 1), null when there are none
     * @param accepted                how many were accepted (whatever became of them since)
     * @param closed                  how many are closed today (refused, lapsed, withdrawn, closed after handling)
     * @param averageDaysToAcceptance the average working days from submission to acceptance, over the accepted
     * @param averageDaysToClosing    the average working days from submission to closing, over the closed ones whose
     *                                closing day is known
     */
    public record Figures(long applications, Double share, long accepted, long closed, Double averageDaysToAcceptance,
            Double averageDaysToClosing) {
    }
}
