package org.onestop.assistance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An action an officer records while handling a case, as typed (a page form or JSON), with what each kind needs:
 * <ul>
 * <li>consultation given, opinion issued, progress feedback: the text the applicant reads;</li>
 * <li>referral made: to whom, and the text;</li>
 * <li>handed to an enforcement body: which body, the day it was handed over and the day its answer is due (not
 * before); the text is optional;</li>
 * <li>the enforcement body's answer: which hand-over it answers, the day it came and what it said;</li>
 * <li>mediation session held: the day, who took part and the result (the text);</li>
 * <li>marked complex: the reason (the text).</li>
 * </ul>
 * The text is the public part that the applicant sees; the internal note stays with staff. Dates are days in the
 * centre's zone, typed {@code 2026-12-03}.
 *
 * @param kind         the {@link ActionKind}'s code
 * @param text         the public part
 * @param note         the internal note, or empty
 * @param counterpart  to whom it was referred, the enforcement body, or who took part in the mediation
 * @param on           the day it was handed over, the answer came or the session was held
 * @param answerDue    for a hand-over, the day the body's answer is due
 * @param answerOf     for an answer, the id of the hand-over it answers
 */
public record HandlingAction(String kind, String text, String note, String counterpart, String on, String answerDue,
        Long answerOf) {

    /** Room for the counterpart beside the text in a timeline comment of at most 4,000 characters. */
    static final int TEXT_LENGTH = 3500;
    static final int NOTE_LENGTH = 2000;
    static final int COUNTERPART_LENGTH = 200;

    public HandlingAction {
        kind = strip(kind);
        text = strip(text);
        note = strip(note);
        counterpart = strip(counterpart);
        on = strip(on);
        answerDue = strip(answerDue);
    }

    /** The kind, if the code is one. */
    public Optional<ActionKind> actionKind() {
        return Choice.of(ActionKind.class, kind);
    }

    /** The day of {@link #on()}, or null when it is empty or not a date. */
    public LocalDate day() {
        return date(on);
    }

    /** The day of {@link #answerDue()}, or null when it is empty or not a date. */
    public LocalDate dueDay() {
        return date(answerDue);
    }

    /** Each field at fault with its message key; empty when the action may be recorded. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<ActionKind> known = actionKind();
        if (known.isEmpty()) {
            problems.put("kind", "assistance.error.action.kind");
            return problems;
        }
        ActionKind k = known.get();
        boolean textOptional = k == ActionKind.ENFORCEMENT;
        if (!textOptional && text.isEmpty()) {
            problems.put("text", "assistance.error.action.text." + k.code());
        }
        if (k == ActionKind.REFERRAL || k == ActionKind.ENFORCEMENT || k == ActionKind.MEDIATION) {
            if (counterpart.isEmpty()) {
                problems.put("counterpart", "assistance.error.action.counterpart." + k.code());
            }
        }
        if (k == ActionKind.ENFORCEMENT || k == ActionKind.ANSWER || k == ActionKind.MEDIATION) {
            dayProblem(on).ifPresent(p -> problems.put("on", p));
        }
        if (k == ActionKind.ENFORCEMENT) {
            dayProblem(answerDue).ifPresentOrElse(p -> problems.put("answerDue", p), () -> {
                if (day() != null && dueDay().isBefore(day())) {
                    problems.put("answerDue", "assistance.error.action.answerDue.before");
                }
            });
        }
        if (k == ActionKind.ANSWER && answerOf == null) {
            problems.put("answerOf", "assistance.error.action.answerOf");
        }
        tooLong(problems, "text", text, TEXT_LENGTH);
        tooLong(problems, "note", note, NOTE_LENGTH);
        tooLong(problems, "counterpart", counterpart, COUNTERPART_LENGTH);
        return problems;
    }

    /** What the timeline says of it, for the applicant: the counterpart and the text. */
    public String publicPart() {
        if (counterpart.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? counterpart : counterpart + "：" + text;
    }

    private static Optional<String> dayProblem(String typed) {
        if (typed.isEmpty()) {
            return Optional.of("assistance.error.action.date.missing");
        }
        return date(typed) == null ? Optional.of("assistance.error.action.date.format") : Optional.empty();
    }

    private static LocalDate date(String typed) {
        try {
            return typed == null || typed.isEmpty() ? null : LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void tooLong(Map<String, String> problems, String field, String value, int limit) {
        if (value.length() > limit) {
            problems.put(field, "assistance.error.tooLong");
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
