package org.onestop.api.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The envelope of a case as stored.
 *
 * @param id             the case's internal number, for the module's own tables
 * @param trackingNumber {@code PREFIX-YYYY-NNNNNN}, what applicants and staff quote
 * @param module         the owning module's id
 * @param caseType       the case type's code within the module
 * @param title          one line that names the case in lists
 * @param status         the current status code
 * @param applicantId    the account that opened the case
 * @param applicantName  its display name
 * @param organisationId the organisation it acts for, or null
 * @param assigneeId     the staff account working the case, or null
 * @param assigneeName   its display name, or null
 * @param openedAt       when the case was opened
 * @param updatedAt      when it last changed
 * @param dueOn          the earliest due date of its running clocks, or null
 * @param version        grows by one with every change
 */
public record CaseFile(long id, String trackingNumber, String module, String caseType, String title, String status,
        long applicantId, String applicantName, Long organisationId, Long assigneeId, String assigneeName,
        Instant openedAt, Instant updatedAt, LocalDate dueOn, long version) {
}
