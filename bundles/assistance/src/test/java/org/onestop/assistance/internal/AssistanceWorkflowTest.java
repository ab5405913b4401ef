package org.onestop.assistance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.ClockEffect;
import org.onestop.api.cases.DayCount;
import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Role;

/** The acceptance review of assistance applications as the platform checks it and the centre runs it. */
class AssistanceWorkflowTest {

    private final Workflow workflow = AssistanceWorkflow.of(5, 10);

    @Test
    void thePlatformFindsNothingWrongWithIt() {
        assertEquals(List.of(), workflow.problems());
        assertEquals("WQ", workflow.prefix());
        assertEquals(Set.of(Role.ASSISTANCE_OFFICER), workflow.staffRoles());
        assertEquals("维权援助申请", workflow.title().zh());
    }

    @Test
    void anApplicationIsAcceptedRefusedOrSupplementedByAnAssistanceOfficer() {
        assertEquals("submitted", workflow.initialStatus());
        assertEquals(Map.of("submitted", false, "supplement", false, "accepted", false, "handling", false,
                "refused", true, "lapsed", true, "withdrawn", true, "closed", true), workflow.statuses().stream()
                        .collect(Collectors.toMap(Status::code, Status::closed)));
        assertMove("accept", Set.of("submitted"), "accepted", Party.STAFF, false, null);
        assertMove("refuse", Set.of("submitted"), "refused", Party.STAFF, false,
                "/assistance/applications/{trackingNumber}/refusal");
        assertMove("ask-supplement", Set.of("submitted"), "supplement", Party.STAFF, true, null);
        assertMove("send-supplement", Set.of("supplement"), "submitted", Party.APPLICANT, true, null);
        assertMove("lapse", Set.of("supplement"), "lapsed", Party.SYSTEM, false, null);
        assertMove("withdraw", Set.of("submitted", "supplement"), "withdrawn", Party.APPLICANT, false, null);
        assertMove("take", Set.of("accepted"), "handling", Party.STAFF, false, null);
        assertMove("assign-expert", Set.of("handling"), "handling", Party.STAFF, false,
                "/assistance/applications/{trackingNumber}/experts");
        for (Transition t : workflow.transitions()) {
            assertEquals(t.party() == Party.STAFF ? Set.of(Role.ASSISTANCE_OFFICER) : Set.of(), t.roles(), t.code());
        }
        assertTrue(workflow.transition("refuse").orElseThrow().adverse());
        assertEquals("/assistance/applications/WQ-2026-000004/refusal",
                workflow.transition("refuse").orElseThrow().formFor("WQ-2026-000004"));
    }

    @Test
    void theReviewPausesWhileSupplementsAreAwaitedAndAnUnansweredRequestClosesTheCase() {
        Deadline acceptance = workflow.deadline("acceptance").orElseThrow();
        assertEquals(5, acceptance.workingDays());
        assertEquals(Party.STAFF, acceptance.party());
        assertNull(acceptance.onExpiry(), "a late review escalates; it does not end the case");
        Deadline supplement = workflow.deadline("supplement").orElseThrow();
        assertEquals(10, supplement.workingDays());
        assertEquals(Party.APPLICANT, supplement.party());
        assertEquals("lapse", supplement.onExpiry());

        assertEquals(List.of(ClockEffect.start("acceptance")), workflow.onOpen());
        assertEquals(Set.of(ClockEffect.pause("acceptance"), ClockEffect.start("supplement")),
                clocks("ask-supplement"));
        assertEquals(Set.of(ClockEffect.stop("supplement"), ClockEffect.resume("acceptance")),
                clocks("send-supplement"));
        assertEquals(Set.of(ClockEffect.stop("acceptance"), ClockEffect.start("handling"),
                ClockEffect.start("feedback")), clocks("accept"));
        assertEquals(Set.of(ClockEffect.stop("supplement"), ClockEffect.stop("acceptance")), clocks("lapse"));
    }

    @Test
    void handlingActionsAreTakenOnTheActionFormAndClosingOnItsOwn() {
        for (ActionKind kind : ActionKind.values()) {
            assertMove(kind.transition(), Set.of("handling"), "handling", Party.STAFF, false,
                    "/assistance/applications/{trackingNumber}/actions?kind=" + kind.code());
        }
        assertEquals("/assistance/applications/WQ-2026-000004/actions?kind=opinion",
                workflow.transition("issue-opinion").orElseThrow().formFor("WQ-2026-000004"));
        assertMove("close", Set.of("accepted", "handling"), "closed", Party.STAFF, false,
                "/assistance/applications/{trackingNumber}/closing");
        assertEquals(ActionKind.ANSWER, ActionKind.ofTransition("record-enforcement-answer").orElseThrow());
        assertTrue(ActionKind.ofTransition("assign-expert").isEmpty());
    }

    @Test
    void handlingHasNinetyDaysFromAcceptanceOrOneHundredTwentyWhenComplexAndFeedbackEveryThirty() {
        Deadline handling = workflow.deadline("handling").orElseThrow();
        assertEquals(90, handling.workingDays());
        assertEquals(DayCount.CALENDAR, handling.count());
        assertEquals(Party.STAFF, handling.party());
        assertNull(handling.onExpiry(), "a late case escalates; it does not end");
        Deadline feedback = workflow.deadline("feedback").orElseThrow();
        assertEquals(30, feedback.workingDays());
        assertEquals(DayCount.CALENDAR, feedback.count());
        assertEquals(Set.of(ClockEffect.extend("handling", 30)), clocks("mark-complex"));
        assertEquals(Set.of(ClockEffect.start("feedback")), clocks("give-feedback"));
        assertEquals(Set.of(ClockEffect.stop("handling"), ClockEffect.stop("feedback")), clocks("close"));
        assertEquals(Set.of(), clocks("issue-opinion"));

        Workflow longer = AssistanceWorkflow.of(5, 10, 60, 150, 15);
        assertEquals(List.of(), longer.problems());
        assertEquals(Set.of(ClockEffect.extend("handling", 90)), Set.copyOf(longer.transition("mark-complex")
                .orElseThrow().clocks()));
        assertEquals(15, longer.deadline("feedback").orElseThrow().workingDays());
        assertEquals(List.of(), AssistanceWorkflow.of(5, 10, 90, 90, 30).transition("mark-complex").orElseThrow()
                .clocks(), "no longer limit, nothing to extend");
    }

    @Test
    void theTimeLimitsComeFromTheCentresSettings() {
        Workflow other = AssistanceWorkflow.of(7, 15);
        assertEquals(7, other.deadline("acceptance").orElseThrow().workingDays());
        assertEquals(15, other.deadline("supplement").orElseThrow().workingDays());
        assertEquals(List.of(), other.problems());
    }

    private void assertMove(String code, Set<String> from, String to, Party party, boolean comment, String form) {
        Transition t = workflow.transition(code).orElseThrow(() -> new AssertionError("no transition " + code));
        assertEquals(from, t.from(), code);
        assertEquals(to, t.to(), code);
        assertEquals(party, t.party(), code);
        assertEquals(comment, t.commentRequired(), code + " needs a comment");
        assertEquals(form, t.form(), code + "'s own form");
    }

    private Set<ClockEffect> clocks(String transition) {
        return Set.copyOf(workflow.transition(transition).orElseThrow().clocks());
    }
}
