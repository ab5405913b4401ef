package org.onestop.cases.internal.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.onestop.api.cases.CaseObserver;
import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.Workflow;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case types registered now, by module and code. A type whose workflow has problems (or whose rating
 * declaration does not fit it), or whose prefix another module's type already uses, is logged and not offered.
 * Also the {@link CaseObserver}s registered now, which the engine calls after each move.
 */
@Component(service = WorkflowRegistry.class, immediate = true)
public final class WorkflowRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRegistry.class);

    private final Map<CaseType, RegisteredType> types = new ConcurrentHashMap<>();
    private final List<CaseObserver> observers = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WorkflowRegistry() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public synchronized void add(CaseType type) {
        Workflow workflow;
        try {
            workflow = type.workflow();
        } catch (RuntimeException e) {
            LOG.error("A case type could not describe its workflow; it is not offered", e);
            return;
        }
        List<String> problems = new java.util.ArrayList<>(workflow.problems());
        try {
            type.rating().ifPresent(rating -> problems.addAll(rating.problems(workflow)));
        } catch (RuntimeException e) {
            problems.add("its rating declaration could not be read: " + e);
        }
        for (RegisteredType other : types.values()) {
            if (other.workflow().prefix().equals(workflow.prefix())
                    && !(other.module().equals(workflow.module()) && other.caseType().equals(workflow.caseType()))) {
                problems.add("prefix " + workflow.prefix() + " is already used by " + other.module() + "/"
                        + other.caseType());
            }
        }
        if (!problems.isEmpty()) {
            LOG.error("Case type {}/{} is not offered: {}", workflow.module(), workflow.caseType(),
                    String.join("; ", problems));
            return;
        }
        types.put(type, new RegisteredType(workflow, type));
        LOG.info("Case type {}/{} offered (prefix {})", workflow.module(), workflow.caseType(), workflow.prefix());
    }

    public synchronized void remove(CaseType type) {
        RegisteredType gone = types.remove(type);
        if (gone != null) {
            LOG.info("Case type {}/{} withdrawn", gone.module(), gone.caseType());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addObserver(CaseObserver observer) {
        observers.add(observer);
    }

    public void removeObserver(CaseObserver observer) {
        observers.remove(observer);
    }

    /** The observers of every move, registered now. */
    public List<CaseObserver> observers() {
        return List.copyOf(observers);
    }

    public Optional<RegisteredType> find(String module, String caseType) {
        return types.values().stream()
                .filter(t -> t.module().equals(module) && t.caseType().equals(caseType)).findFirst();
    }

    /** Every registered type, by module and code. */
    public List<RegisteredType> all() {
        return types.values().stream()
                .sorted(Comparator.comparing(RegisteredType::module).thenComparing(RegisteredType::caseType)).toList();
    }
}
