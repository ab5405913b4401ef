package org.onestop.assistance.internal;

import org.onestop.api.cases.Label;

/**
 * What an officer records while handling a case, each a step of its own that stays in handling: its code in forms,
 * JSON and the database, the transition that puts it on the timeline, and its words (the message
 * {@code assistance.action.<code>}, and the button's label on the case pages).
 */
public enum ActionKind implements Choice {
    /** Consultation given on law, procedure or legal status. */
    CONSULTATION("give-consultation", Label.of("记录咨询答复", "Record a consultation")),
    /** An opinion issued by the centre, printed as PDF for the applicant. */
    OPINION("issue-opinion", Label.of("出具意见书", "Issue an opinion")),
    /** Referral made to a service firm, a lawyer, an arbitration body or another centre. */
    REFERRAL("refer", Label.of("记录转介", "Record a referral")),
    /** Handed to an administrative enforcement body, which is to answer by a date. */
    ENFORCEMENT("hand-to-enforcement", Label.of("移交执法部门", "Hand to an enforcement body")),
    /** The enforcement body's answer to a hand-over. */
    ANSWER("record-enforcement-answer", Label.of("记录执法部门答复", "Record the enforcement body's answer")),
    /** A mediation session held: when, who took part, the result. */
    MEDIATION("hold-mediation", Label.of("记录调解", "Record a mediation session")),
    /** Progress feedback given to the applicant; starts the feedback clock afresh. */
    FEEDBACK("give-feedback", Label.of("进展反馈", "Give progress feedback")),
    /** The case marked complex, with a reason: the handling limit grows. */
    COMPLEX("mark-complex", Label.of("认定为复杂案件", "Mark the case complex"));

    private final String transition;
    private final Label label;

    ActionKind(String transition, Label label) {
        this.transition = transition;
        this.label = label;
    }

    /** The code of the transition recording it. */
    public String transition() {
        return transition;
    }

    /** The button's label. */
    public Label label() {
        return label;
    }

    @Override
    public String list() {
        return "assistance.action";
    }

    /** The kind recorded by {@code transition}, if it is one. */
    static java.util.Optional<ActionKind> ofTransition(String transition) {
        return java.util.Arrays.stream(values()).filter(k -> k.transition.equals(transition)).findFirst();
    }
}
