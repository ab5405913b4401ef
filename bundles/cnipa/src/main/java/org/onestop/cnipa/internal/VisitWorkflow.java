package org.onestop.cnipa.internal;

import static org.onestop.api.cases.ClockEffect.start;
import static org.onestop.api.cases.ClockEffect.stop;

import java.util.List;
import java.util.Set;

import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Role;

/**
 * How a pre-checked window visit (材料预审) goes. The applicant uploads the materials for a business done at the
 * window; a window clerk answers within the answer limit (working days) on the module's answer form: complete (bring
 * the originals) or the whole list of what is missing or wrong (一次性告知). The applicant uploads corrected materials
 * on the module's correction form, which starts the clerk's clock again. Once complete, the applicant books a slot or
 * takes a number at the hall; the clerk records the patent office's receipt at the window on the receipt form and
 * closes the case with its {@link VisitOutcome outcome} on the close form (a visit whose applicant never came, or
 * that the patent office did not accept at the window, is closed without a receipt). The applicant may withdraw until the receipt.
 */
final class VisitWorkflow {

    static final String MODULE = "cnipa";
    static final String CASE_TYPE = "visit";

    static final String SUBMITTED = "submitted";
    static final String CORRECTION = "correction";
    static final String COMPLETE = "complete";
    static final String RECEIVED = "received";
    static final String CLOSED = "closed";
    static final String WITHDRAWN = "withdrawn";

    static final String ANSWER_COMPLETE = "answer-complete";
    static final String ASK_CORRECTION = "ask-correction";
    static final String RESUBMIT = "resubmit";
    static final String RECEIVE = "receive";
    static final String CLOSE = "close";
    static final String WITHDRAW = "withdraw";

    /** The clerk's time to answer a submission of the materials. */
    static final String ANSWER_CLOCK = "answer";

    static final String ANSWER_FORM = "/cnipa/visits/{trackingNumber}/answer";
    static final String CORRECTION_FORM = "/cnipa/visits/{trackingNumber}/correction";
    static final String RECEIPT_FORM = "/cnipa/visits/{trackingNumber}/receipt";
    static final String CLOSE_FORM = "/cnipa/visits/{trackingNumber}/close";

    static final List<Status> STATUSES = List.of(
            Status.open(SUBMITTED, Label.of("材料预审中", "Materials being checked"),
                    Label.of("待预审", "Waiting for the check")),
            Status.open(CORRECTION, Label.of("待补正材料", "Corrections asked for"),
                    Label.of("等待申请人补正", "Waiting for the applicant's corrections")),
            Status.open(COMPLETE, Label.of("材料齐全，请携带原件到窗口办理", "Complete: bring the originals to the window"),
                    Label.of("材料齐全，待窗口受理", "Complete: waiting for the visit")),
            Status.open(RECEIVED, Label.of("窗口已受理", "Received at the window"), null),
            Status.closed(CLOSED, Label.of("已办结", "Closed"), null),
            Status.closed(WITHDRAWN, Label.of("已撤回", "Withdrawn"), null));

    private VisitWorkflow() {
    }

    /** The workflow with the clerk's answer limit in working days (2 by default). */
    static Workflow of(int answerDays) {
        Role[] clerks = {Role.COUNTER_CLERK, Role.SUPERVISOR};
        List<Transition> transitions = List.of(
                Transition.named(ANSWER_COMPLETE, Label.of("材料齐全", "Complete: bring the originals"))
                        .from(SUBMITTED).to(COMPLETE).byStaff(clerks).form(ANSWER_FORM)
                        .clocks(stop(ANSWER_CLOCK)).build(),
                Transition.named(ASK_CORRECTION, Label.of("一次性告知补正", "List what is missing or wrong"))
                        .from(SUBMITTED).to(CORRECTION).byStaff(clerks).form(ANSWER_FORM)
                        .clocks(stop(ANSWER_CLOCK)).build(),
                Transition.named(RESUBMIT, Label.of("提交补正材料", "Upload the corrected materials"))
                        .from(CORRECTION).to(SUBMITTED).byApplicant().form(CORRECTION_FORM)
                        .clocks(start(ANSWER_CLOCK)).build(),
                Transition.named(RECEIVE, Label.of("登记窗口受理", "Record the receipt at the window"))
                        .from(COMPLETE).to(RECEIVED).byStaff(clerks).form(RECEIPT_FORM).build(),
                Transition.named(CLOSE, Label.of("办结", "Close with the outcome"))
                        .from(COMPLETE, RECEIVED).to(CLOSED).byStaff(clerks).form(CLOSE_FORM).build(),
                Transition.named(WITHDRAW, Label.of("撤回", "Withdraw"))
                        .from(SUBMITTED, CORRECTION, COMPLETE).to(WITHDRAWN).byApplicant()
                        .clocks(stop(ANSWER_CLOCK)).adverse().build());
        return new Workflow(MODULE, CASE_TYPE, "CN", Label.of("窗口业务材料预审", "Pre-checked window visit"),
                Set.of(Role.COUNTER_CLERK), SUBMITTED, List.of(start(ANSWER_CLOCK)), STATUSES, transitions,
                List.of(new Deadline(ANSWER_CLOCK, Label.of("预审答复期限", "Answer to the pre-check"), answerDays,
                        Party.STAFF, null)));
    }
}
