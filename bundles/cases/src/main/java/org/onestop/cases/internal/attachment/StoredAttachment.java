package org.onestop.cases.internal.attachment;

import org.onestop.api.cases.Attachment;

/**
 * A row of {@code CASES.CASE_ATTACHMENT}: the file as the api shows it, and where it belongs and lies.
 *
 * @param attachment     the file
 * @param caseId         the case it is attached to, or null while it is held
 * @param trackingNumber that case's tracking number, or null
 * @param eventId        the timeline event it came with, or null
 * @param draftId        the draft it is kept with, or null
 * @param uploaderId     the account that stored it
 * @param storedName     its file's name in the attachment folder
 */
public record StoredAttachment(Attachment attachment, Long caseId, String trackingNumber, Long eventId,
        Long draftId, long uploaderId, String storedName) {

    public long id() {
        return attachment.id();
    }
}
