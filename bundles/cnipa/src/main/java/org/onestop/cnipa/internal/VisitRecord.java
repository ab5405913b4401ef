package org.onestop.cnipa.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pre-checked window visit as stored by the module: its case, the business, the applicant's note, its rounds of
 * submission and answer (oldest first), the receipt at the window once recorded, and the outcome it was closed with
 * (a {@link VisitOutcome} code, null before) with the clerk's reason.
 */
public record VisitRecord(long caseId, String trackingNumber, String business, String note, String status,
        Instant submittedAt, List<VisitRound> rounds, String receiptNumber, LocalDate receiptDate,
        LocalDate closedOn, String outcome, String outcomeReason) {

    /** The round now open or last answered, or null before any. */
    VisitRound current() {
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }
}
