package org.onestop.assistance.internal;

/** Why an application is not accepted; {@code other} needs an explanation. */
public enum RefusalReason implements Choice {
    NOT_IP_DISPUTE,
    OUTSIDE_REGION,
    ALREADY_DECIDED,
    INSUFFICIENT_MATERIAL,
    DUPLICATE,
    OTHER;

    @Override
    public String list() {
        return "assistance.reason";
    }
}
