package org.onestop.preexam.internal.entity;

import java.time.Instant;
import java.util.List;

/**
 * What an organisation submitted in one registration (备案) case.
 *
 * @param caseId           the case's internal number
 * @param trackingNumber   the case's tracking number (BA-…)
 * @param organisationId   the organisation
 * @param organisationName its name when it registered
 * @param creditCode       its unified social credit code
 * @param regionCode       the division code of its region
 * @param fields           the IPC subclasses it works in, canonical
 * @param contactName      the person to contact
 * @param contactPhone     their telephone number
 * @param contactEmail     their email, or null
 * @param submittedAt      when it was submitted
 */
public record Registration(long caseId, String trackingNumber, long organisationId, String organisationName,
        String creditCode, String regionCode, List<String> fields, String contactName, String contactPhone,
        String contactEmail, Instant submittedAt) {

    public Registration {
        fields = List.copyOf(fields);
    }
}
