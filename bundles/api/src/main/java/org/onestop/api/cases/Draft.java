package org.onestop.api.cases;

import java.time.Instant;
import java.util.List;

/**
 * An unfinished submission an applicant saved to come back to.
 *
 * @param id            its number, or null before the first save
 * @param module        the module's id
 * @param caseType      the case type it will open
 * @param title         one line naming it in the applicant's list
 * @param content       the module's form data, as the module encodes it (e.g. JSON), at most 32,000 characters
 * @param attachmentIds files stored for it
 * @param savedAt       when it was last saved (set by the store)
 */
public record Draft(Long id, String module, String caseType, String title, String content, List<Long> attachmentIds,
        Instant savedAt) {

    public Draft {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
