package org.onestop.cases.internal.cases;

import java.util.List;
import java.util.Set;

import org.onestop.api.cases.ClockEffect;
import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Role;

/**
 * A small workflow for the tests, whose queue examiners and counter clerks see (only examiners move it): submitted → review (examiner) ⇄ correction (applicant answers) → decided, or
 * lapsed when the applicant lets the correction time run out; an examiner may extend the review by 2 working days. The review clock (3 working days) starts on opening,
 * pauses while the applicant corrects and resumes with the answer.
 */
final class SampleWorkflow {

    private SampleWorkflow() {
    }

    static Workflow of() {
        return new Workflow("sample", "request", "SP", Label.of("示例申请", "Sample request"),
                Set.of(Role.EXAMINER, Role.COUNTER_CLERK),
                "submitted", List.of(ClockEffect.start("review")),
                List.of(Status.open("submitted", Label.of("已提交", "Submitted"), Label.of("待审查", "To examine")),
                        Status.open("review", Label.of("审查中", "Under examination"), null),
                        Status.open("correction", Label.of("待补正", "Correction requested"), null),
                        Status.closed("decided", Label.of("已办结", "Decided"), null),
                        Status.closed("lapsed", Label.of("已失效", "Lapsed"), null)),
                List.of(Transition.named("start", Label.of("开始审查", "Start examination")).from("submitted")
                                .to("review").byStaff(Role.EXAMINER).build(),
                        Transition.named("ask", Label.of("要求补正", "Request a correction")).from("review")
                                .to("correction").byStaff(Role.EXAMINER).commentRequired()
                                .clocks(ClockEffect.pause("review"), ClockEffect.start("answer")).build(),
                        Transition.named("answer", Label.of("提交补正", "Send the correction")).from("correction")
                                .to("review").byApplicant()
                                .clocks(ClockEffect.stop("answer"), ClockEffect.resume("review")).build(),
                        Transition.named("extend", Label.of("延长审查期限", "Extend the examination")).from("review")
                                .to("review").byStaff(Role.EXAMINER).commentRequired()
                                .clocks(ClockEffect.extend("review", 2)).build(),
                        Transition.named("decide", Label.of("作出决定", "Decide")).from("review").to("decided")
                                .byStaff(Role.EXAMINER).commentRequired().build(),
                        Transition.named("lapse", Label.of("逾期失效", "Lapse")).from("correction").to("lapsed")
                                .bySystem().build()),
                List.of(new Deadline("review", Label.of("审查期限", "Examination"), 3, Party.STAFF, null),
                        new Deadline("answer", Label.of("补正期限", "Correction"), 2, Party.APPLICANT, "lapse")));
    }
}
