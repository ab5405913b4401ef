package org.onestop.cases.internal.cases;

import java.time.LocalDate;

import org.onestop.api.cases.Deadline;

/**
 * A deadline clock of a case as it stands.
 *
 * @param deadline the declared deadline
 * @param state    {@code RUNNING}, {@code PAUSED}, {@code STOPPED} or {@code EXPIRED}
 * @param dueOn    the due date while running (else the last one, or null)
 * @param daysLeft the working days kept while paused, else null
 */
public record ClockState(Deadline deadline, String state, LocalDate dueOn, Integer daysLeft) {

    public boolean running() {
        return "RUNNING".equals(state);
    }
}
