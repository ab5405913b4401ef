package org.onestop.api.cases;

import java.util.Objects;

/**
 * A legal time limit of a workflow, counted in working days (or in calendar days, see {@link #count()}) by a clock
 * that transitions start, pause, resume and stop. The gateway warns the assignee and the supervisors one working day before it runs out and again when it
 * has run out; if {@link #onExpiry()} names a transition, the gateway takes it then.
 *
 * @param code        the clock's code, e.g. {@code examination}
 * @param label       what the time limit is called, e.g. "审查期限" / "Examination"
 * @param workingDays how many days the clock runs: working days, or calendar days when {@code count} is
 *                    {@link DayCount#CALENDAR}
 * @param party       who must act before it runs out: the applicant (shown as "what is expected of you") or staff
 * @param onExpiry    the code of a {@link Party#SYSTEM} transition the gateway takes when the clock has run out,
 *                    or null to only escalate
 * @param count       how the days are counted; a time limit in calendar days that ends on a day off ends on the next
 *                    working day
 */
public record Deadline(String code, Label label, int workingDays, Party party, String onExpiry, DayCount count) {

    public Deadline {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(party, "party");
        count = count == null ? DayCount.WORKING : count;
        if (workingDays < 1) {
            throw new IllegalArgumentException("A deadline runs at least one day: " + code);
        }
    }

    /** A time limit counted in working days. */
    public Deadline(String code, Label label, int workingDays, Party party, String onExpiry) {
        this(code, label, workingDays, party, onExpiry, DayCount.WORKING);
    }
}
