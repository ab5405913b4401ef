package org.onestop.assistance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as stored: what the applicant wrote, for whom (an organisation, or the person when
 * {@code organisationName} is null), and where its acceptance review stands. Also the JSON of
 * {@code GET /api/assistance/applications/{trackingNumber}}.
 */
public record ApplicationRecord(String trackingNumber, String status, String organisationName,
        Application application, int supplementsAsked, List<String> refusalReasons, String refusalText,
        Instant submittedAt, LocalDate decidedOn) {

    /** Whether the applicant applied for an organisation (otherwise as a person). */
    public boolean forOrganisation() {
        return organisationName != null;
    }
}
