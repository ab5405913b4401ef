package org.onestop.assistance.internal;

import org.onestop.api.cases.Label;
import org.onestop.api.cases.RatingInvitation;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Workflow;

/**
 * Assistance's satisfaction survey (满意度评价), the gateway's service rating (好差评): the applicant is invited at
 * every closing of the workflow and scores timeliness, professionalism and the result besides the overall level.
 */
final class AssistanceRating {

    private AssistanceRating() {
    }

    /** The invitation at each closed status of {@code workflow}. */
    static RatingInvitation of(Workflow workflow) {
        return RatingInvitation.at(workflow.statuses().stream().filter(Status::closed).map(Status::code)
                        .toArray(String[]::new))
                .scoring("timeliness", Label.of("及时性", "Timeliness"))
                .scoring("professionalism", Label.of("专业性", "Professionalism"))
                .scoring("result", Label.of("结果", "Result"));
    }
}
