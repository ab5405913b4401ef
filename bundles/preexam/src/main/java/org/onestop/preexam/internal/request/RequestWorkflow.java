package org.onestop.preexam.internal.request;

import static org.onestop.api.cases.ClockEffect.pause;
import static org.onestop.api.cases.ClockEffect.resume;
import static org.onestop.api.cases.ClockEffect.start;
import static org.onestop.api.cases.ClockEffect.stop;

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
 * How a pre-examination request goes. Submitted, it waits for an examiner's scope check; accepted, it is examined
 * within the examination limit, which pauses while the applicant corrects (补正) within the correction limit (an
 * unanswered correction request ends the case). It is qualified (预审合格) or rejected; a qualified request is filed
 * with the patent office within the filing limit (calendar days), or its qualification expires.
 */
public final class RequestWorkflow {

    public static final String MODULE = "preexam";
    public static final String CASE_TYPE = "request";

    public static final String SUBMITTED = "submitted";
    public static final String EXAMINATION = "examination";
    public static final String CORRECTION = "correction";
    public static final String QUALIFIED = "qualified";
    public static final String FILED = "filed";
    public static final String REJECTED = "rejected";
    public static final String CORRECTION_EXPIRED = "correction-expired";
    public static final String QUALIFICATION_EXPIRED = "qualification-expired";
    public static final String WITHDRAWN = "withdrawn";

    public static final String ACCEPT_SCOPE = "accept-scope";
    public static final String REQUEST_CORRECTION = "request-correction";
    public static final String CORRECT = "correct";
    public static final String LAPSE_CORRECTION = "lapse-correction";
    public static final String QUALIFY = "qualify";
    public static final String REJECT = "reject";
    public static final String RECORD_FILING = "record-filing";
    public static final String LAPSE_QUALIFICATION = "lapse-qualification";
    public static final String WITHDRAW = "withdraw";

    /** The examination's clock: from submission to decision, paused during corrections. */
    public static final String EXAMINATION_CLOCK = "examination";
    /** The applicant's time to correct. */
    public static final String CORRECTION_CLOCK = "correction";
    /** The applicant's time to file with the patent office after qualification. */
    public static final String FILING_CLOCK = "filing";

    /** The examiner's page to reject with reasons. */
    public static final String REJECTION_FORM = "/preexam/requests/{trackingNumber}/rejection";
    /** The applicant's page to upload corrected documents. */
    public static final String CORRECTION_FORM = "/preexam/requests/{trackingNumber}/correction";
    /** The applicant's page to record the application number. */
    public static final String FILING_FORM = "/preexam/requests/{trackingNumber}/filing";
    /** The applicant's page to withdraw the request, with its confirmation. */
    public static final String WITHDRAWAL_FORM = "/preexam/requests/{trackingNumber}/withdrawal";

    /** The closings at which the applicant is invited to rate the service (好差评). */
    public static final org.onestop.api.cases.RatingInvitation RATING = org.onestop.api.cases.RatingInvitation.at(
            FILED, REJECTED, CORRECTION_EXPIRED, QUALIFICATION_EXPIRED);

    private RequestWorkflow() {
    }

    /** The statuses, in the order of the process. */
    public static final List<Status> STATUSES = List.of(
            Status.open(SUBMITTED, Label.of("已提交", "Submitted"),
                    Label.of("待范围审查", "Waiting for the scope check")),
            Status.open(EXAMINATION, Label.of("审查中", "Under examination"),
                    Label.of("审查中", "Under examination")),
            Status.open(CORRECTION, Label.of("待补正", "Correction requested"),
                    Label.of("等待申请人补正", "Waiting for the applicant's correction")),
            Status.open(QUALIFIED, Label.of("预审合格，待向国家知识产权局提交申请",
                    "Qualified: file the application with the patent office"),
                    Label.of("预审合格，等待申请人提交专利申请", "Qualified: waiting for the filing")),
            Status.closed(FILED, Label.of("已提交专利申请", "Filed with the patent office"), null),
            Status.closed(REJECTED, Label.of("预审不合格", "Rejected"), null),
            Status.closed(CORRECTION_EXPIRED, Label.of("逾期未补正，已终止", "Ended: not corrected in time"), null),
            Status.closed(QUALIFICATION_EXPIRED, Label.of("预审合格已失效", "Qualification expired"),
                    Label.of("逾期未提交专利申请，合格失效", "Not filed in time: qualification expired")),
            Status.closed(WITHDRAWN, Label.of("已撤回", "Withdrawn"), null));

    /** The workflow with the centre's time limits. */
    public static Workflow of(int examinationDays, int correctionDays, int filingDays) {
        return new Workflow(MODULE, CASE_TYPE, "YS", Label.of("专利预审请求", "Pre-examination request"),
                Set.of(Role.EXAMINER), SUBMITTED, List.of(start(EXAMINATION_CLOCK)), STATUSES,
                List.of(
                        Transition.named(ACCEPT_SCOPE, Label.of("范围审查通过，开始审查", "Confirm the scope, examine"))
                                .from(SUBMITTED).to(EXAMINATION).byStaff(Role.EXAMINER).build(),
                        Transition.named(REQUEST_CORRECTION, Label.of("要求补正", "Request a correction"))
                                .from(EXAMINATION).to(CORRECTION).byStaff(Role.EXAMINER).commentRequired()
                                .clocks(pause(EXAMINATION_CLOCK), start(CORRECTION_CLOCK)).build(),
                        Transition.named(CORRECT, Label.of("提交补正文件", "Submit the corrected documents"))
                                .from(CORRECTION).to(EXAMINATION).byApplicant().attachmentRequired()
                                .form(CORRECTION_FORM)
                                .clocks(stop(CORRECTION_CLOCK), resume(EXAMINATION_CLOCK)).build(),
                        Transition.named(LAPSE_CORRECTION, Label.of("逾期未补正", "Not corrected in time"))
                                .from(CORRECTION).to(CORRECTION_EXPIRED).bySystem()
                                .clocks(stop(CORRECTION_CLOCK), stop(EXAMINATION_CLOCK)).build(),
                        Transition.named(QUALIFY, Label.of("预审合格", "Qualify"))
                                .from(EXAMINATION).to(QUALIFIED).byStaff(Role.EXAMINER)
                                .clocks(stop(EXAMINATION_CLOCK), start(FILING_CLOCK)).build(),
                        Transition.named(REJECT, Label.of("预审不合格", "Reject"))
                                .from(SUBMITTED, EXAMINATION).to(REJECTED).byStaff(Role.EXAMINER)
                                .form(REJECTION_FORM).clocks(stop(EXAMINATION_CLOCK)).adverse().build(),
                        Transition.named(RECORD_FILING, Label.of("登记专利申请号", "Record the application number"))
                                .from(QUALIFIED).to(FILED).byApplicant().form(FILING_FORM)
                                .clocks(stop(FILING_CLOCK)).build(),
                        Transition.named(LAPSE_QUALIFICATION, Label.of("逾期未提交申请", "Not filed in time"))
                                .from(QUALIFIED).to(QUALIFICATION_EXPIRED).bySystem().clocks(stop(FILING_CLOCK))
                                .build(),
                        Transition.named(WITHDRAW, Label.of("撤回请求", "Withdraw the request"))
                                .from(SUBMITTED, EXAMINATION, CORRECTION).to(WITHDRAWN).byApplicant()
                                .form(WITHDRAWAL_FORM).clocks(stop(EXAMINATION_CLOCK), stop(CORRECTION_CLOCK)).adverse()
                                .build()),
                List.of(
                        new Deadline(EXAMINATION_CLOCK, Label.of("预审期限", "Examination"), examinationDays,
                                Party.STAFF, null),
                        new Deadline(CORRECTION_CLOCK, Label.of("补正期限", "Correction"), correctionDays,
                                Party.APPLICANT, LAPSE_CORRECTION),
                        new Deadline(FILING_CLOCK, Label.of("专利申请提交期限", "Filing with the patent office"),
                                filingDays, Party.APPLICANT, LAPSE_QUALIFICATION, DayCount.CALENDAR)));
    }

    /** The status {@code code}'s label for applicants (public) or staff. */
    public static Label label(String code, boolean staff) {
        return STATUSES.stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> staff && s.staffLabel() != null ? s.staffLabel() : s.publicLabel())
                .orElse(Label.of(code, code));
    }
}
