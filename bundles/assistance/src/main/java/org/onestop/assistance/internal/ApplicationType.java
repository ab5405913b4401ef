package org.onestop.assistance.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers assistance applications as a case type, with the centre's time limits (registered again when the
 * configuration changes). In each move's transaction it keeps the module's row in step: the status, the supplements
 * asked for, the day of the decision, the day it closed; a refusal is taken only through the module's form, which stores the reasons
 * first, and an expert is assigned only through the assignment, which stores the declaration first. The case
 * pages show the application as submitted.
 */
@Component(service = CaseType.class, configurationPid = AssistanceConfig.PID)
public final class ApplicationType implements CaseType {

    private final ApplicationStore store;
    private final WorkingCalendar calendar;
    private final ExpertPool pool;
    private final Workflow workflow;

    @Activate
    public ApplicationType(@Reference ApplicationStore store, @Reference WorkingCalendar calendar,
            @Reference ExpertPool pool, AssistanceConfig config) {
        this.pool = pool;
        this.store = store;
        this.calendar = calendar;
        this.workflow = AssistanceWorkflow.of(Math.max(1, config.acceptance_days()),
                Math.max(1, config.supplement_days()));
    }

    @Override
    public Workflow workflow() {
        return workflow;
    }

    @Override
    public void moving(Connection tx, CaseMove move) throws SQLException {
        CaseFile file = move.before();
        ApplicationRecord application = store.find(tx, file.id(), file.trackingNumber())
                .orElseThrow(() -> CaseRefusal.conflict("assistance.refused.noApplication", file.trackingNumber()));
        switch (move.transition().code()) {
            case AssistanceWorkflow.ASK_SUPPLEMENT -> store.supplementAsked(tx, file.id());
            case AssistanceWorkflow.REFUSE -> {
                if (application.refusalReasons().isEmpty()) {
                    throw CaseRefusal.conflict("assistance.refused.refuseWithReasons", file.trackingNumber());
                }
                store.decided(tx, file.id(), calendar.today());
            }
            case AssistanceWorkflow.ACCEPT -> store.decided(tx, file.id(), calendar.today());
            case AssistanceWorkflow.ASSIGN_EXPERT -> {
                if (pool.recorded(tx, file.id()) == 0) {
                    throw CaseRefusal.conflict("assistance.refused.assignOnForm", file.trackingNumber());
                }
            }
            default -> {
                // the status is all that changes
            }
        }
        store.status(tx, file.id(), move.transition().to());
        if (closes(move)) {
            store.closed(tx, file.id(), calendar.today());
        }
    }

    /** Whether the move ends in a closed status of the workflow (the statistics count days to closing from it). */
    private boolean closes(CaseMove move) {
        return workflow.statuses().stream().anyMatch(s -> s.closed() && s.code().equals(move.transition().to()));
    }

    @Override
    public Optional<View> details(CaseFile file, Caller viewer, Language language) {
        try {
            return store.find(file.id(), file.trackingNumber())
                    .map(application -> View.of("assistance/details", "application", application));
        } catch (SQLException e) {
            throw new IllegalStateException("The application of case " + file.trackingNumber()
                    + " cannot be read", e);
        }
    }
}
