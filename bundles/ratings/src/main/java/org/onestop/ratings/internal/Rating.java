package org.onestop.ratings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onestop.api.cases.Label;

/**
 * One invitation to rate a closed case or another module's subject (a training session attended), with the rating
 * once given and the follow-up of a bad review.
 *
 * @param id             the invitation's internal number
 * @param trackingNumber the case's number, or the number of another subject's rating page
 * @param module         the module of the case or subject
 * @param title          the case's title, or the subject's in Chinese
 * @param status         the closing status's words for the applicant, or null for a subject that is not a case
 * @param applicantId    who is invited
 * @param staffId        the staff member who held the case at closing, or null
 * @param staffName      that person's name, or null
 * @param invitedAt      when the case closed
 * @param dimensions     the dimensions asked, with the levels given
 * @param level          the overall level given, or null before the rating
 * @param comment        the applicant's words, or null
 * @param ratedAt        when it was rated, or null
 * @param followUpDue    the last day to answer a bad review, or null when there is none
 * @param response       the supervisors' written answer, or null
 * @param responderName  who answered, or null
 * @param answeredAt     when, or null
 * @param titleEn        the subject's title in English, or null for a case (whose title is one text)
 */
public record Rating(long id, String trackingNumber, String module, String title, Label status,
        long applicantId, Long staffId, String staffName, Instant invitedAt, List<Dimension> dimensions, Level level,
        String comment, Instant ratedAt, LocalDate followUpDue, String response, String responderName,
        Instant answeredAt, String titleEn) {

    /** A case's invitation. */
    public Rating(long id, String trackingNumber, String module, String title, Label status, long applicantId,
            Long staffId, String staffName, Instant invitedAt, List<Dimension> dimensions, Level level,
            String comment, Instant ratedAt, LocalDate followUpDue, String response, String responderName,
            Instant answeredAt) {
        this(id, trackingNumber, module, title, status, applicantId, staffId, staffName, invitedAt, dimensions,
                level, comment, ratedAt, followUpDue, response, responderName, answeredAt, null);
    }

    /** The title in the reader's language ({@code en} or Chinese). */
    public String title(String language) {
        return "en".equals(language) && titleEn != null ? titleEn : title;
    }

    /** A dimension asked, with the level given to it (null before the rating). */
    public record Dimension(String code, Label label, Level level) {
    }

    public boolean rated() {
        return level != null;
    }

    /** Whether a bad review waits for the supervisors' answer. */
    public boolean followUpOpen() {
        return followUpDue != null && response == null;
    }

    /** Whether a bad review's answer is late: still open after its due date, {@code today} in the centre's zone. */
    public boolean overdue(LocalDate today) {
        return followUpOpen() && followUpDue.isBefore(today);
    }

    /** This invitation with {@code asked} as its dimensions. */
    Rating with(List<Dimension> asked) {
        return new Rating(id, trackingNumber, module, title, status, applicantId, staffId, staffName, invitedAt,
                List.copyOf(asked), level, comment, ratedAt, followUpDue, response, responderName, answeredAt,
                titleEn);
    }
}
