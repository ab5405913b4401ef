package org.onestop.assistance.internal;

import static org.onestop.api.cases.ClockEffect.extend;
import static org.onestop.api.cases.ClockEffect.pause;
import static org.onestop.api.cases.ClockEffect.resume;
import static org.onestop.api.cases.ClockEffect.start;
import static org.onestop.api.cases.ClockEffect.stop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onestop.api.cases.DayCount;
import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Role;

/**
 * How an assistance application goes through its acceptance review. Submitted, it waits for an assistance officer,
 * who accepts it, refuses it with reasons from a list (on the module's refusal form), or asks for supplements: the
 * review's clock then pauses while the applicant has the supplement limit to answer; unanswered, the application is
 * closed by the gateway. The applicant may withdraw it until it is decided. An officer takes an accepted
 * application into handling and there assigns experts of the pool, each on the module's assignment form (a step
 * that stays in handling).
 *
 * <p>Handling: the officer records each action on the module's action form (a step that stays in handling: a
 * consultation, an opinion, a referral, a hand-over to an enforcement body and its answer, a mediation session, the
 * progress feedback), may mark the case complex with a reason, and closes it with an outcome on the closing form.
 * From acceptance two clocks run in calendar days: the handling limit (90 days, 120 once marked complex) and the
 * progress feedback (30 days, started afresh by each feedback).
 */
public final class AssistanceWorkflow {

    public static final String MODULE = "assistance";
    public static final String CASE_TYPE = "application";

    public static final String SUBMITTED = "submitted";
    public static final String SUPPLEMENT = "supplement";
    public static final String ACCEPTED = "accepted";
    public static final String HANDLING = "handling";
    public static final String REFUSED = "refused";
    public static final String LAPSED = "lapsed";
    public static final String WITHDRAWN = "withdrawn";
    public static final String CLOSED = "closed";

    public static final String ACCEPT = "accept";
    public static final String REFUSE = "refuse";
    public static final String ASK_SUPPLEMENT = "ask-supplement";
    public static final String SEND_SUPPLEMENT = "send-supplement";
    public static final String LAPSE = "lapse";
    public static final String WITHDRAW = "withdraw";
    public static final String TAKE = "take";
    public static final String ASSIGN_EXPERT = "assign-expert";
    public static final String CLOSE = "close";

    /** The acceptance review's clock: from submission to decision, paused while supplements are awaited. */
    public static final String ACCEPTANCE_CLOCK = "acceptance";
    /** The applicant's time to send the supplements. */
    public static final String SUPPLEMENT_CLOCK = "supplement";
    /** The handling limit from acceptance to closing, in calendar days; longer once the case is marked complex. */
    public static final String HANDLING_CLOCK = "handling";
    /** The time to the next progress feedback to the applicant, in calendar days; each feedback starts it afresh. */
    public static final String FEEDBACK_CLOCK = "feedback";

    /** The officer's page to refuse with reasons. */
    public static final String REFUSAL_FORM = "/assistance/applications/{trackingNumber}/refusal";
    /** The officer's page to assign experts with their declarations. */
    public static final String ASSIGNMENT_FORM = "/assistance/applications/{trackingNumber}/experts";
    /** The officer's page to record a handling action (its kind in {@code ?kind=}). */
    public static final String ACTION_FORM = "/assistance/applications/{trackingNumber}/actions";
    /** The officer's page to close the case with an outcome and a summary. */
    public static final String CLOSING_FORM = "/assistance/applications/{trackingNumber}/closing";

    /** The statuses, in the order of the process. */
    public static final List<Status> STATUSES = List.of(
            Status.open(SUBMITTED, Label.of("受理审查中", "Under acceptance review"),
                    Label.of("待受理审查", "Waiting for the acceptance review")),
            Status.open(SUPPLEMENT, Label.of("待补充材料", "Supplements requested"),
                    Label.of("等待申请人补充材料", "Waiting for the applicant's supplements")),
            Status.open(ACCEPTED, Label.of("已受理", "Accepted"), Label.of("已受理，待办理", "Accepted: to be handled")),
            Status.open(HANDLING, Label.of("办理中", "Being handled"), null),
            Status.closed(REFUSED, Label.of("不予受理", "Not accepted"), null),
            Status.closed(LAPSED, Label.of("逾期未补充材料，已终止", "Closed: supplements not sent in time"), null),
            Status.closed(WITHDRAWN, Label.of("已撤回", "Withdrawn"), null),
            Status.closed(CLOSED, Label.of("已办结", "Closed"), null));

    private AssistanceWorkflow() {
    }

    /** The workflow with the centre's review limits in working days and the default handling limits. */
    public static Workflow of(int acceptanceDays, int supplementDays) {
        return of(acceptanceDays, supplementDays, 90, 120, 30);
    }

    /**
     * The workflow with the centre's time limits: the review's in working days, handling's ({@code handlingDays},
     * {@code complexDays} for a complex case, at least as many) and the feedback interval in calendar days.
     */
    public static Workflow of(int acceptanceDays, int supplementDays, int handlingDays, int complexDays,
            int feedbackDays) {
        List<Transition> transitions = new ArrayList<>(review());
        for (ActionKind kind : ActionKind.values()) {
            Transition.Builder action = Transition.named(kind.transition(), kind.label()).from(HANDLING).to(HANDLING)
                    .byStaff(Role.ASSISTANCE_OFFICER).form(ACTION_FORM + "?kind=" + kind.code());
            if (kind == ActionKind.FEEDBACK) {
                action.clocks(start(FEEDBACK_CLOCK));
            } else if (kind == ActionKind.COMPLEX && complexDays > handlingDays) {
                action.clocks(extend(HANDLING_CLOCK, complexDays - handlingDays));
            }
            transitions.add(action.build());
        }
        transitions.add(Transition.named(CLOSE, Label.of("办结", "Close the case")).from(ACCEPTED, HANDLING)
                .to(CLOSED).byStaff(Role.ASSISTANCE_OFFICER).form(CLOSING_FORM)
                .clocks(stop(HANDLING_CLOCK), stop(FEEDBACK_CLOCK)).build());
        return new Workflow(MODULE, CASE_TYPE, "WQ", Label.of("维权援助申请", "Rights-protection assistance application"),
                Set.of(Role.ASSISTANCE_OFFICER), SUBMITTED, List.of(start(ACCEPTANCE_CLOCK)), STATUSES, transitions,
                List.of(
                        new Deadline(ACCEPTANCE_CLOCK, Label.of("受理审查期限", "Acceptance review"), acceptanceDays,
                                Party.STAFF, null),
                        new Deadline(SUPPLEMENT_CLOCK, Label.of("补充材料期限", "Supplements"), supplementDays,
                                Party.APPLICANT, LAPSE),
                        new Deadline(HANDLING_CLOCK, Label.of("办理期限", "Handling"), handlingDays, Party.STAFF,
                                null, DayCount.CALENDAR),
                        new Deadline(FEEDBACK_CLOCK, Label.of("进展反馈期限", "Progress feedback"), feedbackDays,
                                Party.STAFF, null, DayCount.CALENDAR)));
    }

    /** The acceptance review's moves and the beginning of handling. */
    private static List<Transition> review() {
        return List.of(
                Transition.named(ACCEPT, Label.of("予以受理", "Accept"))
                        .from(SUBMITTED).to(ACCEPTED).byStaff(Role.ASSISTANCE_OFFICER)
                        .clocks(stop(ACCEPTANCE_CLOCK), start(HANDLING_CLOCK), start(FEEDBACK_CLOCK))
                        .build(),
                Transition.named(REFUSE, Label.of("不予受理", "Refuse"))
                        .from(SUBMITTED).to(REFUSED).byStaff(Role.ASSISTANCE_OFFICER).form(REFUSAL_FORM)
                        .clocks(stop(ACCEPTANCE_CLOCK)).adverse().build(),
                Transition.named(ASK_SUPPLEMENT, Label.of("要求补充材料", "Ask for supplements"))
                        .from(SUBMITTED).to(SUPPLEMENT).byStaff(Role.ASSISTANCE_OFFICER).commentRequired()
                        .clocks(pause(ACCEPTANCE_CLOCK), start(SUPPLEMENT_CLOCK)).build(),
                Transition.named(SEND_SUPPLEMENT, Label.of("提交补充材料", "Send the supplements"))
                        .from(SUPPLEMENT).to(SUBMITTED).byApplicant().commentRequired()
                        .clocks(stop(SUPPLEMENT_CLOCK), resume(ACCEPTANCE_CLOCK)).build(),
                Transition.named(LAPSE, Label.of("逾期未补充材料", "Supplements not sent in time"))
                        .from(SUPPLEMENT).to(LAPSED).bySystem()
                        .clocks(stop(SUPPLEMENT_CLOCK), stop(ACCEPTANCE_CLOCK)).build(),
                Transition.named(WITHDRAW, Label.of("撤回申请", "Withdraw the application"))
                        .from(SUBMITTED, SUPPLEMENT).to(WITHDRAWN).byApplicant()
                        .clocks(stop(ACCEPTANCE_CLOCK), stop(SUPPLEMENT_CLOCK)).adverse().build(),
                Transition.named(TAKE, Label.of("开始办理", "Begin handling"))
                        .from(ACCEPTED).to(HANDLING).byStaff(Role.ASSISTANCE_OFFICER).build(),
                Transition.named(ASSIGN_EXPERT, Label.of("指派专家", "Assign an expert"))
                        .from(HANDLING).to(HANDLING).byStaff(Role.ASSISTANCE_OFFICER).form(ASSIGNMENT_FORM)
                        .build());
    }

    /** The status {@code code}'s label for applicants (public) or staff. */
    public static Label label(String code, boolean staff) {
        return STATUSES.stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> staff && s.staffLabel() != null ? s.staffLabel() : s.publicLabel())
                .orElse(Label.of(code, code));
    }
}
