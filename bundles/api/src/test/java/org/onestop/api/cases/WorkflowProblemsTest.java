package org.onestop.api.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onestop.api.identity.Role;

/** What a module's test learns from {@link Workflow#problems()} about its own declaration. */
class WorkflowProblemsTest {

    private static final Label WORDS = Label.of("咨询", "Enquiry");

    @Test
    void aSoundWorkflowHasNone() {
        assertEquals(List.of(), workflow("SQ", "submitted", List.of(
                Transition.named("reply", WORDS).from("submitted").to("answered").byStaff(Role.EXAMINER)
                        .clocks(ClockEffect.stop("reply")).build(),
                Transition.named("lapse", WORDS).from("submitted").to("answered").bySystem().build()),
                new Deadline("reply", WORDS, 3, Party.STAFF, "lapse")).problems());
    }

    @Test
    void eachMistakeIsNamed() {
        List<String> problems = workflow("sq1", "nowhere", List.of(
                Transition.named("reply", WORDS).from("submitted").to("closed").byStaff(Role.EXAMINER)
                        .clocks(ClockEffect.stop("answer")).build(),
                Transition.named("reply", WORDS).from("submitted").to("answered").byApplicant().build()),
                new Deadline("reply", WORDS, 3, Party.STAFF, "reply")).problems();
        assertEquals(List.of("prefix 'sq1' is not 2 to 6 capital letters",
                "initial status 'nowhere' is not declared",
                "transition 'reply' leads to undeclared status 'closed'",
                "transition 'reply' acts on undeclared deadline 'answer'",
                "transition 'reply' is not a code or declared twice",
                "deadline 'reply' expires by 'reply', which is not a declared transition taken by the system"),
                problems);
    }

    private static Workflow workflow(String prefix, String initial, List<Transition> transitions,
            Deadline deadline) {
        return new Workflow("sample", "enquiry", prefix, WORDS, Set.of(Role.EXAMINER), initial,
                List.of(ClockEffect.start("reply")), List.of(Status.open("submitted", WORDS, null),
                        Status.closed("answered", WORDS, null)), transitions, List.of(deadline));
    }
}
