package org.onestop.cnipa.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a request costs, line by line: the full fee, the reduction (a negative line) where it applies, and for a late
 * annual fee the late fee; the total is what is paid to the patent office.
 *
 * @param type             the kind of patent
 * @param kind             which fee
 * @param year             the patent year of an annual fee, else 0
 * @param applicants       how many applicants (or patentees)
 * @param reductionPercent the reduction asked for: 85 (one applicant), 70 (several) or 0 (none asked)
 * @param reductionApplies whether the reduction asked for applies to this fee (else it is not taken off)
 * @param lateMonths       the full months an annual fee is paid late (0 to 5), within the six-month grace period
 * @param lines            the lines, in order
 * @param fen              the total in fen
 * @param source           the fee's entry in the schedule, with its source and date
 */
public record FeeCalculation(String type, String kind, int year, int applicants, int reductionPercent,
        boolean reductionApplies, int lateMonths, List<Line> lines, long fen, FeeScheduleEntry source) {

    public FeeCalculation {
        lines = List.copyOf(lines);
    }

    /** The total in yuan with its fen, e.g. {@code 135.00}. */
    public String total() {
        return FeeRules.yuan(fen);
    }


    /** The late fee's share of the year's full fee, in percent (5 for each full month late). */
    public int latePercent() {
        return lateMonths * FeeRules.LATE_PERCENT_PER_MONTH;
    }

    /** The schedule's source date of this fee. */
    public LocalDate sourceDate() {
        return source.sourceDate();
    }

    /**
     * One line of a calculation.
     *
     * @param item {@code fee} (the full fee), {@code reduction} (taken off, negative) or {@code late} (the late fee)
     * @param fen  the amount in fen
     */
    public record Line(String item, long fen) {

        /** The amount in yuan with its fen, e.g. {@code -765.00}. */
        public String yuan() {
            return FeeRules.yuan(fen);
        }

    }
}
