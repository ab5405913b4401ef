package org.onestop.assistance.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Offers assistance applications as a case type, with the centre's time limits (registered again when the
 * configuration changes). In each move's transaction it keeps the module's row in step: the status, the supplements
 * asked for, the day of the decision, the day it closed; a refusal is taken only through the module's form, which
 * stores the reasons first, and an expert is assigned only through the assignment, which stores the declaration
 * first; likewise a handling action and the closing only through their forms. The case
 * pages show the application as submitted.
 */
@Component(service = CaseType.class, configurationPid = AssistanceConfig.PID)
@Designate(ocd = AssistanceConfig.class)
public final class ApplicationType implements CaseType {

    private final ApplicationStore store;
    private final WorkingCalendar calendar;
    private final ExpertPool pool;
    private final HandlingStore handling;
    private final CentreZone zone;
    private final AssistanceConfig config;
    private final Workflow workflow;

    @Activate
    public ApplicationType(@Reference ApplicationStore store, @Reference WorkingCalendar calendar,
            @Reference ExpertPool pool, @Reference HandlingStore handling, @Reference CentreZone zone,
            AssistanceConfig config) {
        this.handling = handling;
        this.zone = zone;
        this.config = config;
        this.pool = pool;
        this.store = store;
        this.calendar = calendar;
        this.workflow = AssistanceWorkflow.of(Math.max(1, config.acceptance_days()),
                Math.max(1, config.supplement_days()), handlingDays(config), complexDays(config),
                Math.max(1, config.feedback_days()));
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
            case AssistanceWorkflow.CLOSE -> {
                if (!handling.closingRecorded(tx, file.id())) {
                    throw CaseRefusal.conflict("assistance.refused.closeOnForm", file.trackingNumber());
                }
            }
            default -> {
                // a handling action is taken only on the action form, which stores it first
                Optional<ActionKind> action = ActionKind.ofTransition(move.transition().code());
                if (action.isPresent() && !handling.recorded(tx, file.id(), action.get())) {
                    throw CaseRefusal.conflict("assistance.refused.actionOnForm", file.trackingNumber());
                }
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

    private static int handlingDays(AssistanceConfig config) {
        return Math.max(1, config.handling_days());
    }

    private static int complexDays(AssistanceConfig config) {
        return Math.max(handlingDays(config), config.complex_days());
    }

    @Override
    public Optional<View> details(CaseFile file, Caller viewer, Language language) {
        try {
            Optional<ApplicationRecord> found = store.find(file.id(), file.trackingNumber());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<RecordedAction> actions = handling.work().call(tx -> handling.actions(tx, file.id(),
                    CaseHandling.opinionBase(file.trackingNumber())));
            List<HandlingStore.ClosingRecord> closing = handling.work().call(tx -> handling.closing(tx, file.id()))
                    .stream().toList();
            boolean running = found.get().decidedOn() != null && (AssistanceWorkflow.ACCEPTED.equals(file.status())
                    || AssistanceWorkflow.HANDLING.equals(file.status()));
            List<HandlingLimits> limits = running ? List.of(HandlingLimits.of(found.get().decidedOn(), actions,
                    handlingDays(config), complexDays(config), Math.max(1, config.feedback_days()), calendar,
                    zone.zone())) : List.of();
            return Optional.of(View.of("assistance/details", "application", found.get(), "actions",
                    viewer.staff() ? actions : actions.stream().map(RecordedAction::forApplicant).toList(),
                    "closing", closing, "limits", limits, "staff", viewer.staff()));
        } catch (SQLException e) {
            throw new IllegalStateException("The application of case " + file.trackingNumber()
                    + " cannot be read", e);
        }
    }

    /** The satisfaction survey (好差评) at every closing, with its three dimensions: see {@link AssistanceRating}. */
    @Override
    public Optional<org.onestop.api.cases.RatingInvitation> rating() {
        return Optional.of(AssistanceRating.of(workflow));
    }
}
