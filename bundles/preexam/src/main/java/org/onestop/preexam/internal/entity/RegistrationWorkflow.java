package org.onestop.preexam.internal.entity;

import static org.onestop.api.cases.ClockEffect.start;
import static org.onestop.api.cases.ClockEffect.stop;

import java.util.List;
import java.util.Set;

import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Role;

/**
 * How an entity registration (备案) goes: submitted with the business licence, then approved or rejected (with a
 * reason) by an examiner within the registration time limit, each on its own page with a confirmation. Only an
 * approved entity files requests.
 */
public final class RegistrationWorkflow {

    public static final String CASE_TYPE = "registration";

    public static final String SUBMITTED = "submitted";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";

    static final String REVIEW_CLOCK = "review";

    /** The examiner's page to approve, with its confirmation. */
    public static final String APPROVAL_FORM = "/preexam/registrations/{trackingNumber}/approval";
    /** The examiner's page to reject with a reason, with its confirmation. */
    public static final String REJECTION_FORM = "/preexam/registrations/{trackingNumber}/rejection";

    private RegistrationWorkflow() {
    }

    /** The workflow with the centre's time limit for deciding. */
    public static Workflow of(int reviewDays) {
        return new Workflow("preexam", CASE_TYPE, "BA", Label.of("预审备案", "Entity registration"),
                Set.of(Role.EXAMINER), SUBMITTED, List.of(start(REVIEW_CLOCK)),
                List.of(
                        Status.open(SUBMITTED, Label.of("备案审核中", "Under review"),
                                Label.of("待审核备案", "Registration to review")),
                        Status.closed(APPROVED, Label.of("备案已通过", "Approved"), null),
                        Status.closed(REJECTED, Label.of("备案未通过", "Not approved"), null)),
                List.of(
                        Transition.named(APPROVE, Label.of("通过备案", "Approve"))
                                .from(SUBMITTED).to(APPROVED).byStaff(Role.EXAMINER).form(APPROVAL_FORM)
                                .clocks(stop(REVIEW_CLOCK)).build(),
                        Transition.named(REJECT, Label.of("不予备案", "Reject"))
                                .from(SUBMITTED).to(REJECTED).byStaff(Role.EXAMINER).commentRequired()
                                .form(REJECTION_FORM).clocks(stop(REVIEW_CLOCK)).adverse().build()),
                List.of(new Deadline(REVIEW_CLOCK, Label.of("备案审核期限", "Registration review"), reviewDays,
                        Party.STAFF, null)));
    }
}
