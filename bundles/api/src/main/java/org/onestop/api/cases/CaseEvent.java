package org.onestop.api.cases;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's append-only timeline.
 *
 * @param at          when it happened
 * @param kind        {@code opened}, {@code moved}, {@code comment}, {@code attachment}, {@code assigned},
 *                    {@code claimed}, {@code released}, {@code due-soon}, {@code overdue}
 * @param actorName   who did it, or null for the gateway
 * @param transition  the transition's code for {@code moved}, else null
 * @param fromStatus  the status before, for {@code moved}
 * @param toStatus    the status after, for {@code opened} and {@code moved}
 * @param comment     the comment, or null
 * @param forApplicant whether the applicant sees this entry (internal comments and assignments are staff-only)
 * @param attachments the files attached with it
 */
public record CaseEvent(Instant at, String kind, String actorName, String transition, String fromStatus,
        String toStatus, String comment, boolean forApplicant, List<Attachment> attachments) {

    public CaseEvent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
