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
                "refused", true, "lapsed", true, "withdrawn", true), workflow.statuses().stream()
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
        assertEquals(Set.of(ClockEffect.stop("acceptance")), clocks("accept"));
        assertEquals(Set.of(ClockEffect.stop("supplement"), ClockEffect.stop("acceptance")), clocks("lapse"));
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
