package org.onestop.api.cases;

import java.util.Objects;

/**
 * A status of a workflow.
 *
 * @param code        the stored code, lower case, e.g. {@code correction}
 * @param publicLabel what the applicant reads, e.g. "补正中" / "Correction requested"
 * @param staffLabel  what staff read, e.g. "等待申请人补正" / "Waiting for the applicant's correction"
 * @param closed      whether a case in this status is finished (no clock runs, it leaves the queues)
 */
public record Status(String code, Label publicLabel, Label staffLabel, boolean closed) {

    public Status {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(publicLabel, "publicLabel");
        staffLabel = staffLabel == null ? publicLabel : staffLabel;
    }

    /** An open status. */
    public static Status open(String code, Label publicLabel, Label staffLabel) {
        return new Status(code, publicLabel, staffLabel, false);
    }

    /** A final status. */
    public static Status closed(String code, Label publicLabel, Label staffLabel) {
        return new Status(code, publicLabel, staffLabel, true);
    }
}
