package org.onestop.api.cases;

import java.util.Objects;

/**
 * One effect of a transition on a deadline clock.
 *
 * @param deadline the {@link Deadline#code()} of the clock
 * @param action   what happens to it
 */
public record ClockEffect(String deadline, ClockAction action) {

    public ClockEffect {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(action, "action");
    }

    public static ClockEffect start(String deadline) {
        return new ClockEffect(deadline, ClockAction.START);
    }

    public static ClockEffect pause(String deadline) {
        return new ClockEffect(deadline, ClockAction.PAUSE);
    }

    public static ClockEffect resume(String deadline) {
        return new ClockEffect(deadline, ClockAction.RESUME);
    }

    public static ClockEffect stop(String deadline) {
        return new ClockEffect(deadline, ClockAction.STOP);
    }
}
