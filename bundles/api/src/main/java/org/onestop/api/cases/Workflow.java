package org.onestop.api.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.identity.Role;

/**
 * The workflow of one case type: its statuses, the transitions between them and the deadlines they start, pause,
 * resume and stop. The platform checks it with {@link #problems()} when the {@link CaseType} registers (unknown
 * statuses, duplicate codes and the like are logged and the type is not offered) and enforces it on every move; a
 * module's own test asserts that {@code problems()} is empty.
 *
 * @param module        the id of the module that owns the case type, e.g. {@code preexam}
 * @param caseType      the case type's code, unique within the module, e.g. {@code request}
 * @param prefix        the tracking-number prefix, 2 to 6 capital letters, unique in the gateway, e.g. {@code YS}
 * @param title         what the case type is called, e.g. "专利预审请求" / "Patent pre-examination request"
 * @param staffRoles    the roles whose holders see this case type's queue (supervisors see every queue)
 * @param initialStatus the status of a newly opened case
 * @param onOpen        what opening a case does to the clocks, e.g. starting the scope check's
 * @param statuses      every status
 * @param transitions   every allowed move
 * @param deadlines     every time limit
 */
public record Workflow(String module, String caseType, String prefix, Label title, Set<Role> staffRoles,
        String initialStatus, List<ClockEffect> onOpen, List<Status> statuses, List<Transition> transitions,
        List<Deadline> deadlines) {

    public Workflow {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(initialStatus, "initialStatus");
        staffRoles = Set.copyOf(staffRoles);
        onOpen = onOpen == null ? List.of() : List.copyOf(onOpen);
        statuses = List.copyOf(statuses);
        transitions = List.copyOf(transitions);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    /**
     * What is wrong with this declaration, one sentence each (a prefix that is not 2 to 6 capital letters, a code
     * declared twice, a transition from or to an undeclared status, a staff step without a role, a clock effect on
     * an undeclared deadline, an expiry step that is not the system's …); empty when the platform will offer it.
     */
    public List<String> problems() {
        return WorkflowCheck.problems(this);
    }

    public Optional<Status> status(String code) {
        return statuses.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Transition> transition(String code) {
        return transitions.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Deadline> deadline(String code) {
        return deadlines.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
