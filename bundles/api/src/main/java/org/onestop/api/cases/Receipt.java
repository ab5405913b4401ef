package org.onestop.api.cases;

import java.time.Instant;

/**
 * The acknowledgement of an opened case, given after the commit.
 *
 * @param caseId         the case's internal number
 * @param trackingNumber the tracking number to quote
 * @param status         the status the case was opened in
 * @param openedAt       when it was opened
 * @param replayed       true when the idempotency key was seen before and this is the first receipt again
 */
public record Receipt(long caseId, String trackingNumber, String status, Instant openedAt, boolean replayed) {
}
