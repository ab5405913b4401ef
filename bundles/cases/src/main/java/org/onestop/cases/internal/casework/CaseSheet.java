package org.onestop.cases.internal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;


/**
 * A case as its page shows it, in the reader's language: the envelope, the deadline clocks, the timeline, the files
 * and the moves the reader may take now. Applicants get their own view: the public status, the timeline entries
 * meant for them, no assignee, only their own moves.
 *
 * @param trackingNumber   the number to quote
 * @param module           the module's id
 * @param caseType         the case type's code
 * @param typeTitle        what the case type is called
 * @param title            the case's own title
 * @param status           the status code
 * @param statusLabel      the status as the reader sees it
 * @param publicLabel      the status as the applicant sees it
 * @param applicantName    who opened it
 * @param organisationName the organisation it acts for, or null
 * @param assigneeId       who works it (staff view only), or null
 * @param assigneeName     their name (staff view only), or null
 * @param openedAt         when it was opened
 * @param dueOn            the earliest due date of its running clocks, or null
 * @param due              {@code overdue}, {@code soon} or empty
 * @param closed           whether it is finished
 * @param clocks           its deadline clocks
 * @param timeline         what happened, oldest first
 * @param attachments      its files, each purpose in words and marked when a later file replaced it
 * @param choices          the transitions the reader may take now
 */
public record CaseSheet(String trackingNumber, String module, String caseType, String typeTitle, String title,
        String status, String statusLabel, String publicLabel, String applicantName, String organisationName,
        Long assigneeId, String assigneeName, Instant openedAt, LocalDate dueOn, String due, boolean closed,
        List<Clock> clocks, List<Event> timeline, List<Document> attachments, List<Choice> choices) {

    public CaseSheet {
        clocks = List.copyOf(clocks);
        timeline = List.copyOf(timeline);
        attachments = List.copyOf(attachments);
        choices = List.copyOf(choices);
    }

    public String dueText() {
        return dueOn == null ? "" : dueOn.toString();
    }

    /** The files no later file replaced, in the order they came. */
    public List<Document> currentFiles() {
        return attachments.stream().filter(d -> !d.superseded()).toList();
    }

    /** The files a later one replaced, in the order they came. */
    public List<Document> replacedFiles() {
        return attachments.stream().filter(Document::superseded).toList();
    }

    /**
     * A file of the case as its pages show it.
     *
     * @param id               its number
     * @param fileName         its name
     * @param mediaType        its type, from its content
     * @param size             its size in bytes
     * @param sha256           the SHA-256 of its content
     * @param purpose          what it is for, as the module or the uploader gave it (a code or words), or null
     * @param purposeLabel     the purpose in the reader's words (never a code), or null when it has none
     * @param uploadedAt       when it was stored
     * @param uploaderName     who stored it
     * @param supersededBy     the number of the later file of the same purpose that replaced it, or null
     * @param supersededByName that file's name, or null
     * @param activeContent    what in it can act on its own when opened (keys of {@code attachment.active.*}), or none
     */
    public record Document(long id, String fileName, String mediaType, long size, String sha256, String purpose,
            String purposeLabel, Instant uploadedAt, String uploaderName, Long supersededBy,
            String supersededByName, List<String> activeContent) {

        /** Whether a later file replaced it. */
        public boolean superseded() {
            return supersededBy != null;
        }
    }

    /**
     * A deadline clock.
     *
     * @param deadline the deadline's code
     * @param label    what the time limit is called
     * @param party    who must act before it runs out: {@code applicant} or {@code staff}
     * @param state    {@code running}, {@code paused}, {@code stopped} or {@code expired}
     * @param dueOn    when it runs out (or ran out), or null
     * @param daysLeft days left, of the deadline's kind: to the due date while running (negative when past), kept
     *                 while paused
     * @param calendarDays whether the deadline counts calendar days rather than working days
     */
    public record Clock(String deadline, String label, String party, String state, LocalDate dueOn,
            Integer daysLeft, boolean calendarDays) {

        public String dueText() {
            return dueOn == null ? "" : dueOn.toString();
        }
    }

    /**
     * An entry of the timeline.
     *
     * @param at           when
     * @param kind         what kind of entry ({@code opened}, {@code moved}, {@code comment}, …)
     * @param actorName    who, or null for the gateway
     * @param transition   the transition taken, in words, or null
     * @param fromStatus   the status before, in words, or null
     * @param toStatus     the status after, in words, or null
     * @param comment      the comment, or null
     * @param forApplicant whether the applicant sees it
     * @param attachments  the files that came with it
     */
    public record Event(Instant at, String kind, String actorName, String transition, String fromStatus,
            String toStatus, String comment, boolean forApplicant, List<Document> attachments) {

        public Event {
            attachments = List.copyOf(attachments);
        }
    }

    /**
     * A move the reader may take now.
     *
     * @param code               the transition's code
     * @param label              its button's text
     * @param commentRequired    whether it needs a comment
     * @param attachmentRequired whether it needs a file
     * @param form               the module's own form for it, when the comment form will not do; else null
     * @param closing            whether it closes the case
     * @param adverse            whether it goes against the other party (its button is set apart as a warning)
     */
    public record Choice(String code, String label, boolean commentRequired, boolean attachmentRequired, String form,
            boolean closing, boolean adverse) {

        /** Whether the page asks once before it is taken. */
        public boolean asksConfirmation() {
            return closing || adverse;
        }
    }
}
