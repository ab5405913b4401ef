package org.onestop.cases.internal.cases;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;

/**
 * Who may see, work and move a case. The applicant sees their own cases and takes the applicant's transitions;
 * staff see the cases of the case types whose workflow names one of their roles and take the staff transitions
 * their roles allow, unless the case is assigned to someone else; supervisors see every case and may take every
 * staff transition. Transitions of the gateway itself are never taken by a person.
 */
public final class CaseRules {

    static final int COMMENT_MAX = Timeline.COMMENT_MAX;

    private final WorkflowRegistry registry;
    private final Messages messages;

    public CaseRules(WorkflowRegistry registry, Messages messages) {
        this.registry = registry;
        this.messages = messages;
    }

    public WorkflowRegistry registry() {
        return registry;
    }

    public Optional<RegisteredType> typeOf(CaseFile file) {
        return registry.find(file.module(), file.caseType());
    }

    public boolean maySee(CaseFile file, Caller viewer) {
        if (!viewer.signedIn()) {
            return false;
        }
        if (viewer.innovator()) {
            return file.applicantId() == viewer.accountId();
        }
        return mayWork(file, viewer) || Objects.equals(file.assigneeId(), viewer.accountId());
    }

    public boolean mayWork(CaseFile file, Caller staff) {
        if (!staff.staff()) {
            return false;
        }
        if (staff.has(Role.SUPERVISOR)) {
            return true;
        }
        return typeOf(file).map(t -> !Collections.disjoint(t.workflow().staffRoles(), staff.roles())).orElse(false);
    }

    /**
     * Refuses the move of {@code file} along {@code transition} by {@code actor}, saying why (403 when the move is not
     * this person's to take, 409 when the case's state does not allow it now); else returns.
     */
    public void checkMove(CaseFile file, Workflow workflow, Transition transition, Caller actor, String comment,
            int attachments) {
        switch (transition.party()) {
            case SYSTEM -> throw new CaseRefusal(403, "case.refused.systemOnly", transition.label().zh(),
                    transition.label().en());
            case APPLICANT -> {
                if (!actor.innovator() || actor.accountId() != file.applicantId()) {
                    throw new CaseRefusal(403, "case.refused.applicantOnly", transition.label().zh(),
                            transition.label().en());
                }
            }
            case STAFF -> {
                if (!actor.staff()) {
                    throw new CaseRefusal(403, "case.refused.staffOnly", transition.label().zh(),
                            transition.label().en());
                }
                if (!mayTake(transition, actor)) {
                    throw new CaseRefusal(403, "case.refused.role", transition.label().zh(), transition.label().en(),
                            roleNames(transition, Language.ZH_CN), roleNames(transition, Language.EN));
                }
                if (file.assigneeId() != null && file.assigneeId() != actor.accountId()
                        && !actor.has(Role.SUPERVISOR)) {
                    throw CaseRefusal.conflict("case.refused.assignedToOther", file.assigneeName());
                }
            }
            default -> throw new IllegalStateException(transition.party().name());
        }
        if (!transition.from().contains(file.status())) {
            Status status = workflow.status(file.status()).orElse(null);
            throw CaseRefusal.conflict("case.refused.fromStatus", transition.label().zh(), transition.label().en(),
                    status == null ? file.status() : status.staffLabel().zh(),
                    status == null ? file.status() : status.staffLabel().en());
        }
        if (transition.commentRequired() && (comment == null || comment.isBlank())) {
            throw new CaseRefusal(422, "case.refused.commentRequired", transition.label().zh(),
                    transition.label().en());
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new CaseRefusal(422, "case.refused.commentLength", COMMENT_MAX);
        }
        if (transition.attachmentRequired() && attachments == 0) {
            throw new CaseRefusal(422, "case.refused.attachmentRequired", transition.label().zh(),
                    transition.label().en());
        }
    }

    /** The transitions {@code viewer} may take now. */
    public List<Transition> choices(CaseFile file, Workflow workflow, Caller viewer) {
        boolean closed = workflow.status(file.status()).map(Status::closed).orElse(true);
        if (closed) {
            return List.of();
        }
        return workflow.transitions().stream().filter(t -> t.from().contains(file.status())).filter(t -> {
            if (t.party() == Party.APPLICANT) {
                return viewer.innovator() && viewer.accountId() == file.applicantId();
            }
            return t.party() == Party.STAFF && mayTake(t, viewer)
                    && (file.assigneeId() == null || file.assigneeId() == viewer.accountId()
                            || viewer.has(Role.SUPERVISOR));
        }).toList();
    }

    private String roleNames(Transition transition, Language language) {
        return transition.roles().stream().sorted()
                .map(r -> messages.text(language, "identity.role." + r.code()))
                .collect(Collectors.joining(language == Language.EN ? ", " : "、"));
    }

    private static boolean mayTake(Transition transition, Caller actor) {
        return actor.staff() && (actor.has(Role.SUPERVISOR)
                || !Collections.disjoint(transition.roles(), actor.roles()));
    }
}
