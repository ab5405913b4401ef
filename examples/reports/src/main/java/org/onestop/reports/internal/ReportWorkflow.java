package org.onestop.reports.internal;

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
 * How an infringement report goes: submitted (已提交), checked by an assistance officer (核查中) within
 * five working days, then referred to the authority that acts on it (已转办, with a note of whom to) or turned
 * down (不予受理, with the reason the reporter reads); a referred report is closed (已办结) with the outcome
 * within fifteen working days. A report can be turned down before its check starts too. Its files carry the
 * purpose {@code evidence}, named by the message {@code reports.purpose.evidence}.
 */
public final class ReportWorkflow {

    public static final String MODULE = "reports";
    public static final String CASE_TYPE = "report";

    /** The check's time limit: the officers have five working days from the report's filing. */
    static final String CHECK_CLOCK = "check";
    /** The referral's time limit: the outcome is recorded within fifteen working days of the referral. */
    static final String FOLLOW_UP_CLOCK = "follow-up";

    public static final Workflow WORKFLOW = new Workflow(MODULE, CASE_TYPE, "JB",
            Label.of("举报投诉", "Infringement report"),
            Set.of(Role.ASSISTANCE_OFFICER), "submitted", List.of(start(CHECK_CLOCK)),
            List.of(
                    Status.open("submitted", Label.of("已提交", "Submitted"),
                            Label.of("待核查", "Waiting for the check")),
                    Status.open("checking", Label.of("核查中", "Being checked"), Label.of("核查中", "Checking")),
                    Status.open("referred", Label.of("已转办", "Referred"),
                            Label.of("已转办，待反馈结果", "Referred, waiting for the outcome")),
                    Status.closed("rejected", Label.of("不予受理", "Not accepted"), null),
                    Status.closed("closed", Label.of("已办结", "Concluded"), null)),
            List.of(
                    Transition.named("start-check", Label.of("开始核查", "Start the check"))
                            .from("submitted").to("checking").byStaff(Role.ASSISTANCE_OFFICER).build(),
                    Transition.named("refer", Label.of("转办", "Refer"))
                            .from("checking").to("referred").byStaff(Role.ASSISTANCE_OFFICER).commentRequired()
                            .clocks(stop(CHECK_CLOCK), start(FOLLOW_UP_CLOCK)).build(),
                    Transition.named("reject", Label.of("不予受理", "Turn down"))
                            .from("submitted", "checking").to("rejected").byStaff(Role.ASSISTANCE_OFFICER)
                            .commentRequired().clocks(stop(CHECK_CLOCK)).adverse().build(),
                    Transition.named("conclude", Label.of("办结", "Conclude"))
                            .from("referred").to("closed").byStaff(Role.ASSISTANCE_OFFICER).commentRequired()
                            .clocks(stop(FOLLOW_UP_CLOCK)).build()),
            List.of(
                    new Deadline(CHECK_CLOCK, Label.of("核查期限", "Check"), 5, Party.STAFF, null),
                    new Deadline(FOLLOW_UP_CLOCK, Label.of("办结期限", "Outcome"), 15, Party.STAFF, null)));

    /** The last day of the check of a report filed today: its working days after today on the centre's calendar. */
    static LocalDate checkedBy(WorkingCalendar calendar) {
        return calendar.addWorkingDays(calendar.today(), WORKFLOW.deadline(CHECK_CLOCK).orElseThrow().workingDays());
    }

    private ReportWorkflow() {
    }
}
