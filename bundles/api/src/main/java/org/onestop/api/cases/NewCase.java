package org.onestop.api.cases;

import java.util.List;
import java.util.Objects;

/**
 * What opens a case.
 *
 * @param module         the module's id
 * @param caseType       the case type's code
 * @param title          one line that names the case in lists (at most 200 characters)
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null; a key seen before from the same applicant
 *                       returns the first receipt
 * @param draftId        the draft the case is made from, or null: it is deleted with the case's opening; its files
 *                       go to the case only when named in {@code attachmentIds}, the others are held for the
 *                       applicant again (and deleted after the held days)
 * @param attachmentIds  files stored before by the same applicant to attach to the new case
 */
public record NewCase(String module, String caseType, String title, String idempotencyKey, Long draftId,
        List<Long> attachmentIds) {

    public NewCase {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(title, "title");
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
