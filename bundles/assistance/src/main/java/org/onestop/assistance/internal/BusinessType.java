package org.onestop.assistance.internal;

/**
 * What the applicant asks the centre for: infringement-judgment consultation (侵权判定咨询), assistance (维权援助) or
 * dispute mediation (纠纷调解).
 */
public enum BusinessType implements Choice {
    CONSULTATION,
    ASSISTANCE,
    MEDIATION;

    @Override
    public String list() {
        return "assistance.business";
    }
}
