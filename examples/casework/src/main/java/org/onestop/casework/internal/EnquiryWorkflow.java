package org.onestop.casework.internal;

import static org.onestop.api.cases.ClockEffect.pause;
import static org.onestop.api.cases.ClockEffect.resume;
import static org.onestop.api.cases.ClockEffect.start;
import static org.onestop.api.cases.ClockEffect.stop;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Role;

/**
 * How an enquiry goes: submitted, reviewed by an assistance officer who may ask the applicant for more information
 * (pausing the review's time limit while the applicant has two working days to answer, with a file), and answered
 * or declined; an enquiry whose question the applicant leaves unanswered lapses. The files it takes may carry
 * the purpose {@code certificate} or {@code answer} (a later certificate replaces the earlier one on the case
 * pages); the messages {@code sample.purpose.*} name them.
 */
public final class EnquiryWorkflow {

    public static final String MODULE = "sample";
    public static final String CASE_TYPE = "enquiry";

    /** The review's time limit: staff have three working days, paused while the applicant answers. */
    static final String REVIEW_CLOCK = "review";
    /** The applicant's time limit to answer a question; the enquiry lapses when it runs out. */
    static final String ANSWER_CLOCK = "answer";

    public static final Workflow WORKFLOW = new Workflow(MODULE, CASE_TYPE, "SQ", Label.of("咨询", "Enquiry"),
            Set.of(Role.ASSISTANCE_OFFICER), "submitted", List.of(start(REVIEW_CLOCK)),
            List.of(
                    Status.open("submitted", Label.of("已提交", "Submitted"),
                            Label.of("待受理", "Waiting for review")),
                    Status.open("review", Label.of("审核中", "Under review"), Label.of("审核中", "In review")),
                    Status.open("more-info", Label.of("待补充信息", "More information needed"),
                            Label.of("等待申请人答复", "Waiting for the applicant's answer")),
                    Status.closed("answered", Label.of("已答复", "Answered"), null),
                    Status.closed("declined", Label.of("不予答复", "Declined"), null),
                    Status.closed("lapsed", Label.of("已失效", "Lapsed"),
                            Label.of("申请人逾期未答复", "The applicant did not answer in time"))),
            List.of(
                    Transition.named("start-review", Label.of("开始审核", "Start the review"))
                            .from("submitted").to("review").byStaff(Role.ASSISTANCE_OFFICER).build(),
                    Transition.named("ask", Label.of("要求补充信息", "Ask for more information"))
                            .from("review").to("more-info").byStaff(Role.ASSISTANCE_OFFICER).commentRequired()
                            .clocks(pause(REVIEW_CLOCK), start(ANSWER_CLOCK)).build(),
                    Transition.named("answer", Label.of("提交答复", "Answer"))
                            .from("more-info").to("review").byApplicant().attachmentRequired()
                            .clocks(stop(ANSWER_CLOCK), resume(REVIEW_CLOCK)).build(),
                    Transition.named("reply", Label.of("答复咨询", "Reply to the enquiry"))
                            .from("review").to("answered").byStaff(Role.ASSISTANCE_OFFICER).commentRequired()
                            .clocks(stop(REVIEW_CLOCK)).build(),
                    Transition.named("decline", Label.of("不予答复", "Decline"))
                            .from("submitted", "review").to("declined").byStaff(Role.ASSISTANCE_OFFICER)
                            .commentRequired().clocks(stop(REVIEW_CLOCK)).adverse().build(),
                    Transition.named("lapse", Label.of("逾期失效", "Lapse"))
                            .from("more-info").to("lapsed").bySystem()
                            .clocks(stop(ANSWER_CLOCK), stop(REVIEW_CLOCK)).build()),
            List.of(
                    new Deadline(REVIEW_CLOCK, Label.of("审核期限", "Review"), 3, Party.STAFF, null),
                    new Deadline(ANSWER_CLOCK, Label.of("答复期限", "Answer"), 2, Party.APPLICANT, "lapse")));

    /**
     * The last day of the review of an enquiry sent today, as the review's deadline counts it: its working days
     * after today on the centre's calendar (holidays off, make-up working days on).
     */
    static LocalDate reviewedBy(WorkingCalendar calendar) {
        return calendar.addWorkingDays(calendar.today(), WORKFLOW.deadline(REVIEW_CLOCK).orElseThrow().workingDays());
    }

    private EnquiryWorkflow() {
    }
}
