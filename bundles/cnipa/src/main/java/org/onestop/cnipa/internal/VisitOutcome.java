package org.onestop.cnipa.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.cases.Label;

/**
 * How a window clerk closes a pre-checked visit: received by the patent office and completed (only once the receipt
 * is recorded); not accepted by the patent office (the reason required); or the applicant did not come to the window
 * (before any receipt). Stored by its {@link #code()}.
 */
public enum VisitOutcome {
    ACCEPTED("accepted", Label.of("已受理并办结", "Received by the patent office and completed"), false,
            Set.of(VisitWorkflow.RECEIVED)),
    NOT_ACCEPTED("not-accepted", Label.of("专利局不予受理", "Not accepted by the patent office"), true,
            Set.of(VisitWorkflow.COMPLETE, VisitWorkflow.RECEIVED)),
    NO_SHOW("no-show", Label.of("申请人未到窗口", "The applicant did not come to the window"), false,
            Set.of(VisitWorkflow.COMPLETE));

    /** The longest reason or remark. */
    static final int REASON_LENGTH = 500;

    private final String code;
    private final Label label;
    private final boolean reasonRequired;
    private final Set<String> from;

    VisitOutcome(String code, Label label, boolean reasonRequired, Set<String> from) {
        this.code = code;
        this.label = label;
        this.reasonRequired = reasonRequired;
        this.from = from;
    }

    public String code() {
        return code;
    }

    public Label label() {
        return label;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** Whether a visit in {@code status} may be closed with this outcome. */
    boolean allowedFrom(String status) {
        return from.contains(status);
    }

    /** The outcome stored or sent as {@code code}. */
    static Optional<VisitOutcome> of(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code == null ? "" : code.strip())).findFirst();
    }
}
