package org.onestop.assistance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.RatingDimension;
import org.onestop.api.cases.RatingInvitation;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Workflow;

/** Assistance's satisfaction survey as the gateway's ratings take it. */
class AssistanceRatingTest {

    private final Workflow workflow = AssistanceWorkflow.of(5, 10);
    private final RatingInvitation rating = AssistanceRating.of(workflow);

    @Test
    void everyClosingInvitesARatingAndNothingElseDoes() {
        assertEquals(List.of(), rating.problems(workflow));
        for (Status status : workflow.statuses()) {
            assertEquals(status.closed(), rating.invitesAt(status.code()), status.code());
        }
        assertTrue(rating.invitesAt("refused"));
        assertTrue(rating.invitesAt("withdrawn"));
    }

    @Test
    void theApplicantScoresTimelinessProfessionalismAndTheResult() {
        assertEquals(List.of("timeliness", "professionalism", "result"),
                rating.dimensions().stream().map(RatingDimension::code).toList());
        assertEquals(List.of("及时性", "专业性", "结果"),
                rating.dimensions().stream().map(d -> d.label().zh()).toList());
    }
}
