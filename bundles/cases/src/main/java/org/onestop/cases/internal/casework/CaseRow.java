package org.onestop.cases.internal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onestop.api.cases.CaseFile;

/**
 * A case as a line of a list (the workbench, my requests), in the reader's language.
 *
 * @param trackingNumber the number to quote
 * @param module         the module's id
 * @param caseType       the case type's code
 * @param typeTitle      what the case type is called
 * @param title          the case's own title
 * @param status         the status code
 * @param statusLabel    the status as the reader sees it (the staff's words or the applicant's)
 * @param applicantName  who opened it
 * @param assigneeName   who works it, or null
 * @param dueOn          the earliest due date of its running clocks, or null
 * @param due            {@code overdue}, {@code soon} (within one working day) or empty
 * @param openedAt       when it was opened
 * @param expected       for applicants: what they must do now and by when, e.g. "Correction due by 2026-12-03"
 */
public record CaseRow(String trackingNumber, String module, String caseType, String typeTitle, String title,
        String status, String statusLabel, String applicantName, String assigneeName, LocalDate dueOn, String due,
        Instant openedAt, List<String> expected) {

    public CaseRow {
        expected = expected == null ? List.of() : List.copyOf(expected);
    }

    /** The line a staff member reads. */
    public static CaseRow forStaff(CaseFile file, CaseLabels labels, LocalDate today, LocalDate soonUntil) {
        return new CaseRow(file.trackingNumber(), file.module(), file.caseType(),
                labels.title(file.module(), file.caseType()), file.title(), file.status(),
                labels.staffStatus(file.status()), file.applicantName(), file.assigneeName(), file.dueOn(),
                dueMark(file.dueOn(), today, soonUntil), file.openedAt(), List.of());
    }

    /** The line the applicant reads. */
    public static CaseRow forApplicant(CaseFile file, CaseLabels labels, List<String> expected) {
        return new CaseRow(file.trackingNumber(), file.module(), file.caseType(),
                labels.title(file.module(), file.caseType()), file.title(), file.status(),
                labels.publicStatus(file.status()), file.applicantName(), null, null, "", file.openedAt(),
                expected);
    }

    /** {@code overdue} before today, {@code soon} from today to {@code soonUntil}, else empty. */
    public static String dueMark(LocalDate dueOn, LocalDate today, LocalDate soonUntil) {
        if (dueOn == null) {
            return "";
        }
        return dueOn.isBefore(today) ? QueueFilter.OVERDUE : dueOn.isAfter(soonUntil) ? "" : QueueFilter.SOON;
    }

    /** The due date as pages show it, or empty. */
    public String dueText() {
        return dueOn == null ? "" : dueOn.toString();
    }
}
