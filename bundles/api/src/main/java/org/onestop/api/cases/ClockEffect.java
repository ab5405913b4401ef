package org.onestop.api.cases;

import java.util.Objects;

/**
 * One effect of a transition on a deadline clock.
 *
 * @param deadline the {@link Deadline#code()} of the clock
 * @param action   what happens to it
 * @param days     for {@link ClockAction#EXTEND}, the days added (at least one); 0 for every other action
 */
public record ClockEffect(String deadline, ClockAction action, int days) {

    public ClockEffect {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(action, "action");
        if (action == ClockAction.EXTEND ? days < 1 : days != 0) {
            throw new IllegalArgumentException("An extension adds at least one day, other clock effects none: "
                    + deadline + " " + action + " " + days);
        }
    }

    /** An effect that adds no days (every action but {@link ClockAction#EXTEND}). */
    public ClockEffect(String deadline, ClockAction action) {
        this(deadline, action, 0);
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

    /** Gives the clock {@code days} more (see {@link ClockAction#EXTEND}). */
    public static ClockEffect extend(String deadline, int days) {
        return new ClockEffect(deadline, ClockAction.EXTEND, days);
    }
}
