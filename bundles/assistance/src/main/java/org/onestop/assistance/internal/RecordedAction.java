package org.onestop.assistance.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A handling action as stored, and its JSON in {@code /api/assistance/applications/{tracking}/actions}. The
 * applicant's copy has no internal note (null); a hand-over carries the answer once it is recorded.
 *
 * @param id          the action's number
 * @param kind        the {@link ActionKind}'s code
 * @param text        the public part
 * @param note        the internal note, or null for the applicant
 * @param counterpart to whom it was referred, the enforcement body, who took part in the mediation, or empty
 * @param on          the day it was handed over, answered or held, or null
 * @param answerDue   for a hand-over, the day the body's answer is due, else null
 * @param answerOf    for an answer, the hand-over it answers, else null
 * @param answer      for a hand-over, the text of the answer once recorded, else null
 * @param answeredOn  for a hand-over, the day the answer came once recorded, else null
 * @param officer     who recorded it
 * @param recordedAt  when it was recorded
 * @param opinion     for an opinion, the address of its PDF, else null
 */
public record RecordedAction(long id, String kind, String text, String note, String counterpart, LocalDate on,
        LocalDate answerDue, Long answerOf, String answer, LocalDate answeredOn, String officer, Instant recordedAt,
        String opinion) {

    /** This action without its internal note, as the applicant sees it. */
    public RecordedAction forApplicant() {
        return new RecordedAction(id, kind, text, null, counterpart, on, answerDue, answerOf, answer, answeredOn,
                officer, recordedAt, opinion);
    }

    /** This hand-over with the answer recorded later. */
    RecordedAction answered(RecordedAction by) {
        return new RecordedAction(id, kind, text, note, counterpart, on, answerDue, answerOf, by.text(), by.on(),
                officer, recordedAt, opinion);
    }

    /** The message key of the kind's name. */
    public String kindKey() {
        return "assistance.action." + kind;
    }
}
