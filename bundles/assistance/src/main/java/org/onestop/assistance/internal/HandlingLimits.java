package org.onestop.assistance.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.onestop.api.cases.WorkingCalendar;

/**
 * The time limits of a case in handling as its page shows them to the applicant and staff: the day handling must
 * end (the handling limit from acceptance, longer once the case was marked complex) and the day the next progress
 * feedback is due (from acceptance or the last feedback). They are the days the case's clocks count to, as the
 * gateway counts calendar days: a last day that is a day off moves to the next working day.
 *
 * @param handlingDue the last day of handling
 * @param complex     whether the case was marked complex
 * @param days        the handling limit in days that applies
 * @param feedbackDue the last day for the next progress feedback
 */
public record HandlingLimits(LocalDate handlingDue, boolean complex, int days, LocalDate feedbackDue) {

    /** The limits of a case accepted on {@code acceptedOn} with {@code actions} recorded so far. */
    static HandlingLimits of(LocalDate acceptedOn, List<RecordedAction> actions, int handlingDays, int complexDays,
            int feedbackDays, WorkingCalendar calendar, ZoneId zone) {
        boolean complex = actions.stream().anyMatch(a -> ActionKind.COMPLEX.code().equals(a.kind()));
        LocalDate due = calendar.addCalendarDays(acceptedOn, handlingDays);
        if (complex && complexDays > handlingDays) {
            due = calendar.addCalendarDays(due, complexDays - handlingDays);
        }
        LocalDate lastFeedback = actions.stream().filter(a -> ActionKind.FEEDBACK.code().equals(a.kind()))
                .map(a -> a.recordedAt().atZone(zone).toLocalDate()).reduce((a, b) -> b).orElse(acceptedOn);
        return new HandlingLimits(due, complex, complex ? Math.max(handlingDays, complexDays) : handlingDays,
                calendar.addCalendarDays(lastFeedback, feedbackDays));
    }
}
