package org.onestop.preexam.internal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import org.onestop.preexam.internal.entity.RegistrationWorkflow;

/** The request and registration workflows as the platform checks them, and as the centre runs pre-examination. */
class RequestWorkflowTest {

    private final Workflow workflow = RequestWorkflow.of(5, 5, 10);

    @Test
    void thePlatformFindsNothingWrongWithEither() {
        assertEquals(List.of(), workflow.problems());
        assertEquals(List.of(), RegistrationWorkflow.of(5).problems());
        assertEquals("YS", workflow.prefix());
        assertEquals("BA", RegistrationWorkflow.of(5).prefix());
        assertEquals(Set.of(Role.EXAMINER), workflow.staffRoles());
    }

    @Test
    void theApplicantRatesTheServiceWhenTheRequestIsFiledRejectedOrExpired() {
        assertEquals(List.of(), RequestWorkflow.RATING.problems(workflow));
        assertEquals(Set.of("filed", "rejected", "correction-expired", "qualification-expired"),
                RequestWorkflow.RATING.statuses());
        assertEquals(List.of(), RequestWorkflow.RATING.dimensions());
    }

    @Test
    void aRequestIsScopeCheckedExaminedCorrectedAndQualifiedThenFiled() {
        assertEquals("submitted", workflow.initialStatus());
        assertEquals(Map.of("submitted", false, "examination", false, "correction", false, "qualified", false,
                "filed", true, "rejected", true, "correction-expired", true, "qualification-expired", true,
                "withdrawn", true), workflow.statuses().stream().collect(Collectors.toMap(Status::code,
                        Status::closed)));
        assertMove("accept-scope", Set.of("submitted"), "examination", Party.STAFF, false, false, null);
        assertMove("request-correction", Set.of("examination"), "correction", Party.STAFF, true, false, null);
        assertMove("correct", Set.of("correction"), "examination", Party.APPLICANT, false, true,
                "/preexam/requests/{trackingNumber}/correction");
        assertMove("lapse-correction", Set.of("correction"), "correction-expired", Party.SYSTEM, false, false,
                null);
        assertMove("qualify", Set.of("examination"), "qualified", Party.STAFF, false, false, null);
        assertMove("reject", Set.of("submitted", "examination"), "rejected", Party.STAFF, false, false,
                "/preexam/requests/{trackingNumber}/rejection");
        assertMove("record-filing", Set.of("qualified"), "filed", Party.APPLICANT, false, false,
                "/preexam/requests/{trackingNumber}/filing");
        assertMove("lapse-qualification", Set.of("qualified"), "qualification-expired", Party.SYSTEM, false, false,
                null);
        assertMove("withdraw", Set.of("submitted", "examination", "correction"), "withdrawn", Party.APPLICANT,
                false, false, "/preexam/requests/{trackingNumber}/withdrawal");
        for (Transition t : workflow.transitions()) {
            assertEquals(t.party() == Party.STAFF ? Set.of(Role.EXAMINER) : Set.of(), t.roles(), t.code());
        }
        assertEquals("/preexam/requests/YS-2026-000007/filing",
                workflow.transition("record-filing").orElseThrow().formFor("YS-2026-000007"));
    }

    @Test
    void aRegistrationIsApprovedOrRejectedEachOnItsOwnPage() {
        Workflow registration = RegistrationWorkflow.of(5);
        Transition approve = registration.transition("approve").orElseThrow();
        Transition reject = registration.transition("reject").orElseThrow();
        assertEquals("/preexam/registrations/BA-2026-000003/approval", approve.formFor("BA-2026-000003"));
        assertEquals("/preexam/registrations/BA-2026-000003/rejection", reject.formFor("BA-2026-000003"));
        assertEquals(false, approve.commentRequired());
        assertEquals(true, reject.commentRequired(), "a rejection says why");
    }

    @Test
    void theExaminationPausesDuringACorrectionAndTheFilingLimitIsInCalendarDays() {
        Deadline examination = workflow.deadline("examination").orElseThrow();
        assertEquals(5, examination.workingDays());
        assertEquals(Party.STAFF, examination.party());
        assertNull(examination.onExpiry(), "an examination running late escalates; it does not end the case");
        Deadline correction = workflow.deadline("correction").orElseThrow();
        assertEquals(Party.APPLICANT, correction.party());
        assertEquals("lapse-correction", correction.onExpiry());
        assertEquals(DayCount.WORKING, correction.count());
        Deadline filing = workflow.deadline("filing").orElseThrow();
        assertEquals(10, filing.workingDays());
        assertEquals(DayCount.CALENDAR, filing.count());
        assertEquals("lapse-qualification", filing.onExpiry());

        assertEquals(List.of(ClockEffect.start("examination")), workflow.onOpen());
        assertEquals(Set.of(ClockEffect.pause("examination"), ClockEffect.start("correction")),
                clocks("request-correction"));
        assertEquals(Set.of(ClockEffect.stop("correction"), ClockEffect.resume("examination")), clocks("correct"));
        assertEquals(Set.of(ClockEffect.stop("examination"), ClockEffect.start("filing")), clocks("qualify"));
        assertEquals(Set.of(ClockEffect.stop("filing")), clocks("record-filing"));
    }

    @Test
    void theTimeLimitsComeFromTheCentresSettings() {
        Workflow other = RequestWorkflow.of(8, 3, 15);
        assertEquals(8, other.deadline("examination").orElseThrow().workingDays());
        assertEquals(3, other.deadline("correction").orElseThrow().workingDays());
        assertEquals(15, other.deadline("filing").orElseThrow().workingDays());
        assertEquals(7, RegistrationWorkflow.of(7).deadline("review").orElseThrow().workingDays());
    }

    private void assertMove(String code, Set<String> from, String to, Party party, boolean comment,
            boolean attachment, String form) {
        Transition t = workflow.transition(code).orElseThrow(() -> new AssertionError("no transition " + code));
        assertEquals(from, t.from(), code);
        assertEquals(to, t.to(), code);
        assertEquals(party, t.party(), code);
        assertEquals(comment, t.commentRequired(), code + " needs a comment");
        assertEquals(attachment, t.attachmentRequired(), code + " needs a file");
        assertEquals(form, t.form(), code + "'s own form");
    }

    private Set<ClockEffect> clocks(String transition) {
        return Set.copyOf(workflow.transition(transition).orElseThrow().clocks());
    }
}
