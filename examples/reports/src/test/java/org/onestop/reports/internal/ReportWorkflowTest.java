package org.onestop.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.ClockEffect;
import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Role;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.TestClock;

/** The report workflow as the gateway will check it, and as the centre described it. */
class ReportWorkflowTest {

    private final Workflow workflow = ReportWorkflow.WORKFLOW;

    @Test
    void theGatewayFindsNothingWrongWithIt() {
        assertEquals(List.of(), workflow.problems());
        assertEquals("JB", workflow.prefix());
        assertEquals("reports", workflow.module());
        assertEquals(Set.of(Role.ASSISTANCE_OFFICER), workflow.staffRoles());
    }

    @Test
    void aReportIsCheckedThenReferredAndConcludedOrTurnedDownWithAReason() {
        assertEquals("submitted", workflow.initialStatus());
        assertEquals(Map.of("submitted", false, "checking", false, "referred", false, "rejected", true,
                "closed", true), workflow.statuses().stream().collect(Collectors.toMap(Status::code, Status::closed)));
        assertMove("start-check", Set.of("submitted"), "checking", false);
        assertMove("refer", Set.of("checking"), "referred", true);
        assertMove("reject", Set.of("submitted", "checking"), "rejected", true);
        assertMove("conclude", Set.of("referred"), "closed", true);
        assertTrue(workflow.transition("reject").orElseThrow().adverse(), "turning a report down is set apart");
        for (Transition t : workflow.transitions()) {
            assertEquals(Party.STAFF, t.party(), t.code());
            assertEquals(Set.of(Role.ASSISTANCE_OFFICER), t.roles(), t.code());
        }
        assertEquals("已转办", workflow.status("referred").orElseThrow().publicLabel().zh());
        assertEquals("不予受理", workflow.status("rejected").orElseThrow().publicLabel().zh());
    }

    @Test
    void theCheckHasFiveWorkingDaysAndTheOutcomeFifteenFromTheReferral() {
        Deadline check = workflow.deadline("check").orElseThrow();
        assertEquals(5, check.workingDays());
        assertEquals(Party.STAFF, check.party());
        Deadline followUp = workflow.deadline("follow-up").orElseThrow();
        assertEquals(15, followUp.workingDays());

        assertEquals(List.of(ClockEffect.start("check")), workflow.onOpen());
        assertEquals(Set.of(ClockEffect.stop("check"), ClockEffect.start("follow-up")), clocks("refer"));
        assertEquals(Set.of(ClockEffect.stop("check")), clocks("reject"));
        assertEquals(Set.of(ClockEffect.stop("follow-up")), clocks("conclude"));
        assertTrue(clocks("start-check").isEmpty(), "the check's clock runs from the filing");
    }

    @Test
    void theFormSaysByWhenAReportFiledTodayIsCheckedOnTheCentresCalendarAndDay() {
        // Wednesday 30 September 2026, 23:30 in Beijing (15:30 UTC); National Day off from Thursday 1 to Wednesday
        // 7 October, Saturday 10 October worked instead
        TestClock clock = new TestClock(Instant.parse("2026-09-30T15:30:00Z"));
        FixedCalendar calendar = FixedCalendar.weekdays(clock, ZoneId.of("Asia/Shanghai"))
                .withHolidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7))
                .withWorkdays(LocalDate.of(2026, 10, 10));

        assertEquals(LocalDate.of(2026, 10, 13), ReportWorkflow.checkedBy(calendar),
                "8, 9, the make-up Saturday 10, 12 and 13 October");

        clock.advance(Duration.ofHours(1));
        assertEquals(LocalDate.of(2026, 10, 13), ReportWorkflow.checkedBy(calendar),
                "already 1 October in Beijing, a holiday: the same five working days");
        clock.advance(Duration.ofDays(8));
        assertEquals(LocalDate.of(2026, 10, 15), ReportWorkflow.checkedBy(calendar),
                "filed at 00:30 on Friday 9 October in Beijing (still Thursday in UTC): the make-up Saturday counts");
    }

    private void assertMove(String code, Set<String> from, String to, boolean comment) {
        Transition t = workflow.transition(code).orElseThrow(() -> new AssertionError("no transition " + code));
        assertEquals(from, t.from(), code);
        assertEquals(to, t.to(), code);
        assertEquals(comment, t.commentRequired(), code + " needs a comment");
        assertEquals(false, t.attachmentRequired(), code);
    }

    private Set<ClockEffect> clocks(String transition) {
        return Set.copyOf(workflow.transition(transition).orElseThrow().clocks());
    }
}
