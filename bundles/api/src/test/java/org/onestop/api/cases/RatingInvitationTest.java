package org.onestop.api.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onestop.api.identity.Role;

/** What a module's test learns from {@link RatingInvitation#problems(Workflow)} about its rating declaration. */
class RatingInvitationTest {

    private static final Label WORDS = Label.of("咨询", "Enquiry");

    private final Workflow workflow = new Workflow("demo", "enquiry", "SQ", WORDS, Set.of(Role.EXAMINER),
            "submitted", List.of(), List.of(Status.open("submitted", WORDS, null),
                    Status.closed("answered", WORDS, null), Status.closed("withdrawn", WORDS, null)),
            List.of(Transition.named("reply", WORDS).from("submitted").to("answered").byStaff(Role.EXAMINER)
                    .build()), List.of());

    @Test
    void aDeclarationAtClosedStatusesWithDimensionsFits() {
        RatingInvitation rating = RatingInvitation.at("answered", "withdrawn")
                .scoring("timeliness", Label.of("及时性", "Timeliness"))
                .scoring("result", Label.of("结果", "Result"));
        assertEquals(List.of(), rating.problems(workflow));
        assertTrue(rating.invitesAt("answered"));
        assertFalse(rating.invitesAt("submitted"));
        assertEquals(List.of("timeliness", "result"), rating.dimensions().stream().map(RatingDimension::code).toList());
    }

    @Test
    void eachMistakeIsNamed() {
        RatingInvitation rating = RatingInvitation.at("submitted", "lost")
                .scoring("Timeliness", WORDS).scoring("result", WORDS).scoring("result", Label.of("结果", " "));
        assertEquals(List.of("the rating names status lost, which the workflow does not declare",
                "the rating names status submitted, which is not closed",
                "rating dimension code Timeliness is not lower case letters, digits and hyphens (at most 32)",
                "rating dimension result is declared twice",
                "rating dimension result needs a label in both languages"), rating.problems(workflow));
        assertEquals(List.of("the rating names no status"), RatingInvitation.at().problems(workflow));
    }
}
