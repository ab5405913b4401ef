package org.onestop.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The enquiry workflow as the platform will check it, and as the centre described it. */
class EnquiryWorkflowTest {

    private final Workflow workflow = EnquiryWorkflow.WORKFLOW;

    @Test
    void thePlatformFindsNothingWrongWithIt() {
        assertEquals(List.of(), workflow.problems());
        assertEquals("SQ", workflow.prefix());
        assertEquals(Set.of(Role.ASSISTANCE_OFFICER), workflow.staffRoles());
    }

    @Test
    void anEnquiryIsReviewedQuestionedAnsweredAndClosed() {
        assertEquals("submitted", workflow.initialStatus());
        assertEquals(Map.of("submitted", false, "review", false, "more-info", false, "answered", true,
                "declined", true, "lapsed", true), workflow.statuses().stream()
                        .collect(Collectors.toMap(Status::code, Status::closed)));
        assertMove("start-review", Set.of("submitted"), "review", Party.STAFF, false, false);
        assertMove("ask", Set.of("review"), "more-info", Party.STAFF, true, false);
        assertMove("answer", Set.of("more-info"), "review", Party.APPLICANT, false, true);
        assertMove("reply", Set.of("review"), "answered", Party.STAFF, true, false);
        assertMove("decline", Set.of("submitted", "review"), "declined", Party.STAFF, true, false);
        assertMove("lapse", Set.of("more-info"), "lapsed", Party.SYSTEM, false, false);
        for (Transition t : workflow.transitions()) {
            assertEquals(t.party() == Party.STAFF ? Set.of(Role.ASSISTANCE_OFFICER) : Set.of(), t.roles(), t.code());
        }
    }

    @Test
    void theReviewPausesWhileTheApplicantHasTwoWorkingDaysToAnswer() {
        Deadline review = workflow.deadline("review").orElseThrow();
        assertEquals(3, review.workingDays());
        assertEquals(Party.STAFF, review.party());
        Deadline answer = workflow.deadline("answer").orElseThrow();
        assertEquals(2, answer.workingDays());
        assertEquals(Party.APPLICANT, answer.party());
        assertEquals("lapse", answer.onExpiry());

        assertEquals(List.of(ClockEffect.start("review")), workflow.onOpen());
        assertEquals(Set.of(ClockEffect.pause("review"), ClockEffect.start("answer")), clocks("ask"));
        assertEquals(Set.of(ClockEffect.resume("review"), ClockEffect.stop("answer")), clocks("answer"));
        assertEquals(Set.of(ClockEffect.stop("review")), clocks("reply"));
        assertEquals(Set.of(ClockEffect.stop("review")), clocks("decline"));
        assertTrue(clocks("lapse").contains(ClockEffect.stop("answer")));
        assertTrue(clocks("start-review").isEmpty(), "the review's clock runs from the opening");
    }

    @Test
    void theFormSaysByWhenAnEnquirySentTodayIsReviewedOnTheCentresCalendarAndDay() {
        // Thursday 12 February 2026, 23:30 in Beijing (15:30 UTC); the Spring Festival off from Monday 16 to Monday
        // 23 February, Saturday 14 February worked instead
        TestClock clock = new TestClock(Instant.parse("2026-02-12T15:30:00Z"));
        FixedCalendar calendar = FixedCalendar.weekdays(clock, ZoneId.of("Asia/Shanghai"))
                .withHolidays(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 23))
                .withWorkdays(LocalDate.of(2026, 2, 14));

        assertEquals(LocalDate.of(2026, 2, 24), EnquiryWorkflow.reviewedBy(calendar),
                "Friday, the make-up Saturday, then the first day after the holidays");

        clock.advance(Duration.ofHours(1));
        assertEquals(LocalDate.of(2026, 2, 25), EnquiryWorkflow.reviewedBy(calendar),
                "already Friday in Beijing while still Thursday in UTC");
    }

    @Test
    void anEnquiryNeedsATopicAndAQuestionOfBoundedLength() {
        assertEquals(Map.of("topic", "sample.error.topic.missing", "details", "sample.error.details.missing"),
                new Enquiry("  ", null).problems());
        assertEquals(Map.of("topic", "sample.error.topic.long", "details", "sample.error.details.long"),
                new Enquiry("x".repeat(201), "y".repeat(4001)).problems());
        Enquiry fine = new Enquiry(" 专利侵权咨询 ", "我方专利被仿冒，如何申请维权援助？");
        assertTrue(fine.problems().isEmpty());
        assertEquals("专利侵权咨询", fine.topic());
        assertFalse(fine.details().isBlank());
    }

    private void assertMove(String code, Set<String> from, String to, Party party, boolean comment,
            boolean attachment) {
        Transition t = workflow.transition(code).orElseThrow(() -> new AssertionError("no transition " + code));
        assertEquals(from, t.from(), code);
        assertEquals(to, t.to(), code);
        assertEquals(party, t.party(), code);
        assertEquals(comment, t.commentRequired(), code + " needs a comment");
        assertEquals(attachment, t.attachmentRequired(), code + " needs a file");
    }

    private Set<ClockEffect> clocks(String transition) {
        return Set.copyOf(workflow.transition(transition).orElseThrow().clocks());
    }
}
