package org.onestop.assistance.internal.statistics;

import org.onestop.api.cases.WorkingCalendar;
import org.onestop.assistance.internal.AssistanceWorkflow;
import org.onestop.assistance.internal.statistics.AssistanceReport.Figures;

/** Applications added up one by one while a report is made; turned into {@link Figures} at the end. */
final class Tally {

    private long applications;
    private long accepted;
    private long closed;
    private long acceptanceDays;
    private long closings;
    private long closingDays;

    /**
     * Counts one application. It was accepted when its review was decided and it was not refused; it is closed when
     * its status today is {@code closed}. Working days run from the day after submission up to the day of the
     * acceptance or closing, on {@code calendar} (a wait for supplements included).
     */
    void add(Submission s, boolean isClosed, WorkingCalendar calendar) {
        applications++;
        if (s.decidedOn() != null && !AssistanceWorkflow.REFUSED.equals(s.status())) {
            accepted++;
            acceptanceDays += Math.max(0, calendar.workingDaysBetween(s.submittedOn(), s.decidedOn()));
        }
        if (isClosed) {
            closed++;
            if (s.closedOn() != null) {
                closings++;
                closingDays += Math.max(0, calendar.workingDaysBetween(s.submittedOn(), s.closedOn()));
            }
        }
    }

    long applications() {
        return applications;
    }

    /** The figures, with the share taken of {@code all} applications of the period. */
    Figures figures(long all) {
        return new Figures(applications, ratio(applications, all), accepted, closed, ratio(acceptanceDays, accepted),
                ratio(closingDays, closings));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
