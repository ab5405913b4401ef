package org.onestop.preexam.internal.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onestop.preexam.internal.rules.PatentType;

/**
 * A pre-examination request as stored, also the JSON of {@code GET /api/preexam/requests/{trackingNumber}}.
 *
 * @param trackingNumber    the case's tracking number (YS-…)
 * @param status            the case's status code
 * @param patentType        invention, utility-model or design
 * @param title             the invention's title; for a design the name of the product
 * @param applicants        the applicants, in order
 * @param inventors         the inventors, in order
 * @param agency            the patent agency, or null
 * @param mainIpc           the main IPC symbol, canonical (C12N 15/10); null for a design
 * @param field             the main IPC's subclass (C12N); null for a design
 * @param furtherIpc        further IPC symbols, canonical; none for a design
 * @param locarno           a design's Locarno class and subclass (09-03); null for other types
 * @param notPct            the applicant's declaration that it is not a PCT application (false for a design,
 *                          which is never asked)
 * @param submittedAt       when it was submitted
 * @param submittedOn       the centre's date of submission
 * @param corrections       how many corrections were requested
 * @param decision          qualified or rejected, or null
 * @param decidedOn         the date of the decision, or null
 * @param decisionDays      working days from submission to decision, or null
 * @param rejectionReasons  codes of the rejection reasons
 * @param rejectionText     the examiner's explanation, or null
 * @param preexamNumber     the pre-examination number of a qualified request, or null
 * @param qualifiedOn       the date of qualification, or null
 * @param filingDeadline    the last day to file with the patent office, or null
 * @param applicationNumber the patent office's application number once filed, or null
 * @param filedOn           when the filing was recorded, or null
 * @param organisationName  the organisation it was filed for, as named then (null only for a request filed before
 *                          names were kept whose entity has no registration)
 * @param creditCode        that organisation's unified social credit code then, or null likewise
 */
public record RequestRecord(String trackingNumber, String status, String patentType, String title,
        List<String> applicants, List<String> inventors, String agency, String mainIpc, String field,
        List<String> furtherIpc, String locarno, boolean notPct, Instant submittedAt, LocalDate submittedOn,
        int corrections, String decision, LocalDate decidedOn, Integer decisionDays, List<String> rejectionReasons,
        String rejectionText, String preexamNumber, LocalDate qualifiedOn, LocalDate filingDeadline,
        String applicationNumber, LocalDate filedOn, String organisationName, String creditCode) {

    public RequestRecord {
        applicants = List.copyOf(applicants);
        inventors = List.copyOf(inventors);
        furtherIpc = List.copyOf(furtherIpc);
        rejectionReasons = List.copyOf(rejectionReasons);
    }

    /** Whether it is a design, classified by Locarno. */
    public boolean design() {
        return PatentType.of(patentType).map(PatentType::design).orElse(false);
    }
}
