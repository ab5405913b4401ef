package org.onestop.assistance.internal;

/** The assistance an applicant may ask for, one or more (CNIPA's 2023 guidelines for rights-protection assistance). */
public enum AssistanceSought implements Choice {
    CONSULTATION,
    GUIDANCE,
    INFRINGEMENT_OPINION,
    EXPERT_OPINION,
    EARLY_WARNING,
    FAIR_STATUS_CHECK;

    @Override
    public String list() {
        return "assistance.sought";
    }
}
