package org.onestop.cases.internal.casework;

import java.util.Optional;
import java.util.function.Function;

import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.Language;
import org.onestop.cases.internal.cases.RegisteredType;
import org.onestop.cases.internal.cases.WorkflowRegistry;

/**
 * The words of one case type's workflow in one language: its title, its statuses (as staff or applicants read
 * them), its transitions and deadlines. When the type is not registered now (its module was removed), the codes
 * stand in for the words.
 */
public final class CaseLabels {

    private final Optional<Workflow> workflow;
    private final Language language;

    public CaseLabels(Optional<Workflow> workflow, Language language) {
        this.workflow = workflow;
        this.language = language;
    }

    /** The words of the case type {@code module/caseType} as registered now, in {@code language}. */
    public static CaseLabels of(WorkflowRegistry workflows, String module, String caseType, Language language) {
        return new CaseLabels(workflows.find(module, caseType).map(RegisteredType::workflow), language);
    }

    /** The case type's title, or {@code module/type} when the type is not registered. */
    public String title(String module, String caseType) {
        return workflow.map(w -> w.title().in(language)).orElse(module + "/" + caseType);
    }

    /** A status as staff read it. */
    public String staffStatus(String code) {
        return status(code, Status::staffLabel);
    }

    /** A status as the applicant reads it. */
    public String publicStatus(String code) {
        return status(code, Status::publicLabel);
    }

    /** Whether a case in status {@code code} is finished; false when the type is not registered now. */
    public boolean isClosed(String code) {
        return workflow.flatMap(w -> w.status(code)).map(Status::closed).orElse(false);
    }

    public String transition(String code) {
        return label(workflow.flatMap(w -> w.transition(code)).map(Transition::label), code);
    }

    public String deadline(String code) {
        return label(workflow.flatMap(w -> w.deadline(code)).map(Deadline::label), code);
    }

    public Optional<Deadline> deadlineOf(String code) {
        return workflow.flatMap(w -> w.deadline(code));
    }

    private String status(String code, Function<Status, Label> which) {
        return code == null ? "" : label(workflow.flatMap(w -> w.status(code)).map(which), code);
    }

    private String label(Optional<Label> label, String code) {
        return label.map(l -> l.in(language)).orElse(code == null ? "" : code);
    }
}
