package org.onestop.api.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds what is wrong with a declared workflow; behind {@link Workflow#problems()}. */
final class WorkflowCheck {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private WorkflowCheck() {
    }

    /** The problems of {@code workflow}; empty when it can be used. */
    static List<String> problems(Workflow workflow) {
        List<String> problems = new ArrayList<>();
        if (!PREFIX.matcher(workflow.prefix()).matches()) {
            problems.add("prefix '" + workflow.prefix() + "' is not 2 to 6 capital letters");
        }
        for (String code : List.of(workflow.module(), workflow.caseType())) {
            if (!CODE.matcher(code).matches()) {
                problems.add("'" + code + "' is not a code (lower case letters, digits, '-', at most 40)");
            }
        }
        Set<String> statuses = new HashSet<>();
        for (Status status : workflow.statuses()) {
            if (!CODE.matcher(status.code()).matches() || !statuses.add(status.code())) {
                problems.add("status '" + status.code() + "' is not a code or declared twice");
            }
        }
        if (!statuses.contains(workflow.initialStatus())) {
            problems.add("initial status '" + workflow.initialStatus() + "' is not declared");
        }
        Set<String> deadlines = new HashSet<>();
        for (Deadline deadline : workflow.deadlines()) {
            if (!CODE.matcher(deadline.code()).matches() || !deadlines.add(deadline.code())) {
                problems.add("deadline '" + deadline.code() + "' is not a code or declared twice");
            }
        }
        Set<String> transitions = new HashSet<>();
        for (Transition transition : workflow.transitions()) {
            String name = "transition '" + transition.code() + "'";
            if (!CODE.matcher(transition.code()).matches() || !transitions.add(transition.code())) {
                problems.add(name + " is not a code or declared twice");
            }
            if (transition.from().isEmpty()) {
                problems.add(name + " has no status to start from");
            }
            for (String from : transition.from()) {
                if (!statuses.contains(from)) {
                    problems.add(name + " starts from undeclared status '" + from + "'");
                }
            }
            if (!statuses.contains(transition.to())) {
                problems.add(name + " leads to undeclared status '" + transition.to() + "'");
            }
            if (transition.party() == Party.STAFF && transition.roles().isEmpty()) {
                problems.add(name + " is taken by staff but names no role");
            }
            clocks(name, transition.clocks(), deadlines, problems);
        }
        clocks("opening", workflow.onOpen(), deadlines, problems);
        for (Deadline deadline : workflow.deadlines()) {
            if (deadline.onExpiry() != null) {
                boolean system = workflow.transition(deadline.onExpiry())
                        .map(t -> t.party() == Party.SYSTEM).orElse(false);
                if (!system) {
                    problems.add("deadline '" + deadline.code() + "' expires by '" + deadline.onExpiry()
                            + "', which is not a declared transition taken by the system");
                }
            }
        }
        return problems;
    }

    private static void clocks(String name, List<ClockEffect> effects, Set<String> deadlines, List<String> problems) {
        for (ClockEffect effect : effects) {
            if (!deadlines.contains(effect.deadline())) {
                problems.add(name + " acts on undeclared deadline '" + effect.deadline() + "'");
            }
        }
    }
}
