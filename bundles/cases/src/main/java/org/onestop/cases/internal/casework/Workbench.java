package org.onestop.cases.internal.casework;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.Status;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.cases.internal.cases.RegisteredType;
import org.onestop.cases.internal.cases.WorkflowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the workbench page and its JSON share: a queue's page as lines in the reader's language, and the choices of
 * its filters (the modules and statuses of the case types registered now).
 */
@Component(service = Workbench.class, immediate = true)
public final class Workbench {

    private final CaseQueue queue;
    private final WorkflowRegistry workflows;
    private final Messages messages;

    @Activate
    public Workbench(@Reference CaseQueue queue, @Reference WorkflowRegistry workflows,
            @Reference Messages messages) {
        this.queue = queue;
        this.workflows = workflows;
        this.messages = messages;
    }

    /** A page of the queue the request parameters name; unreadable ones are refused with a message. */
    public CaseRowPage page(String view, String module, String status, String due, String page, Caller staff,
            Language language) throws SQLException {
        return page(QueueFilter.parse(view, module, status, due, page), staff, language);
    }

    public CaseRowPage page(QueueFilter filter, Caller staff, Language language) throws SQLException {
        QueuePage found = queue.page(filter, staff);
        LocalDate today = queue.today();
        LocalDate soon = queue.soonUntil();
        List<CaseRow> rows = found.items().stream().map(f -> CaseRow.forStaff(f,
                CaseLabels.of(workflows, f.module(), f.caseType(), language), today, soon)).toList();
        return new CaseRowPage(found.total(), found.page(), found.size(), rows);
    }

    public QueueCounts counts(Caller staff) throws SQLException {
        return queue.counts(staff);
    }

    /**
     * The queue the workbench opens on when none is chosen: the first that holds cases of mine, unassigned (waiting
     * for someone to take them) and my team's; mine when all are empty.
     */
    public static QueueView firstWithCases(QueueCounts counts) {
        if (counts.mine() > 0) {
            return QueueView.MINE;
        }
        if (counts.unassigned() > 0) {
            return QueueView.UNASSIGNED;
        }
        return counts.team() > 0 ? QueueView.TEAM : QueueView.MINE;
    }

    /** Whether {@code staff} holds a role that works cases (any but the operator's). */
    public static boolean worksCases(Caller staff) {
        return staff.roles().stream().anyMatch(r -> r != Role.OPERATOR);
    }

    /** The modules with a registered case type: id to title. */
    public Map<String, String> modules(Language language) {
        Map<String, String> modules = new LinkedHashMap<>();
        for (RegisteredType type : workflows.all()) {
            modules.putIfAbsent(type.module(), messages.text(language, type.module() + ".module.title"));
        }
        return modules;
    }

    /** The statuses of the registered case types (of {@code module} only, when given): code to staff label. */
    public Map<String, String> statuses(String module, Language language) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (RegisteredType type : workflows.all()) {
            if (module == null || module.isBlank() || type.module().equals(module.strip())) {
                for (Status status : type.workflow().statuses()) {
                    statuses.putIfAbsent(status.code(), status.staffLabel().in(language));
                }
            }
        }
        return statuses;
    }
}
