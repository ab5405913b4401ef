package org.onestop.lookup.internal.patent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The bibliographic data of one patent application or patent, as imported and stored: one record per application
 * (a later publication of the same application, such as the grant after the application publication, updates it).
 *
 * @param applicationNumber application number with its country code, e.g. {@code US09832323}, {@code CN202310123456.7}
 * @param publicationNumber publication number with country code and kind, e.g. {@code US06859910B2}; may be null
 * @param type              invention, utility model, design, plant
 * @param title             title of the invention
 * @param abstractText      the abstract, paragraphs separated by blank lines; may be empty
 * @param applicants        applicants in the order of the document
 * @param inventors         inventors in the order of the document
 * @param assignees         assignees (patentees) when the document names them apart from the applicants
 * @param ipc               IPC codes, normalised as {@link IpcCode} prints them, main one first
 * @param applicationDate   filing date; may be null
 * @param publicationDate   publication (or grant) date; may be null
 * @param legalStatus       legal status as the source gives it; may be null
 * @param claims            number of claims, or 0 when unknown
 * @param source            where it was imported from: a file name, with the line for CSV; for staff looking into the
 *                          table, never shown (pages and JSON name the import batch in words instead)
 */
public record PatentRecord(String applicationNumber, String publicationNumber, PatentType type, String title,
        String abstractText, List<String> applicants, List<String> inventors, List<String> assignees,
        List<String> ipc, LocalDate applicationDate, LocalDate publicationDate, String legalStatus, int claims,
        @JsonIgnore String source) {

    public PatentRecord {
        Objects.requireNonNull(applicationNumber, "applicationNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        applicants = List.copyOf(applicants);
        inventors = List.copyOf(inventors);
        assignees = List.copyOf(assignees);
        ipc = List.copyOf(ipc);
    }

    /** The key under which the record is stored: the application number without spaces or punctuation. */
    public String key() {
        return PatentNumbers.key(applicationNumber);
    }

    /** The date results are sorted and filtered by: publication date, else application date; may be null. */
    public LocalDate date() {
        return publicationDate != null ? publicationDate : applicationDate;
    }
}
