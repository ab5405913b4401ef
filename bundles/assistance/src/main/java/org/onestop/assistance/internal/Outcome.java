package org.onestop.assistance.internal;

/** How a handled case ended, chosen when it is closed. */
public enum Outcome implements Choice {
    MEDIATED,
    REFERRED_TO_ENFORCEMENT,
    LITIGATION_FILED,
    ADVICE_GIVEN,
    WITHDRAWN,
    NOT_ACCEPTED;

    @Override
    public String list() {
        return "assistance.outcome";
    }
}
