package org.onestop.assistance.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.Move;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Assigns an active expert of the pool to an application in handling, with the expert's conflict-of-interest
 * declaration ({@link ConflictDeclaration}). In one transaction: the assignment row, the case's move
 * {@code assign-expert} (its timeline entry names the expert, never the declaration) and an audit entry with the
 * declaration and any override.
 */
@Component(service = ExpertAssignment.class)
public final class ExpertAssignment {

    private final ApplicationIntake intake;
    private final ApplicationStore store;
    private final ExpertPool pool;
    private final Cases cases;
    private final AuditTrail trail;

    @Activate
    public ExpertAssignment(@Reference ApplicationIntake intake, @Reference ApplicationStore store,
            @Reference ExpertPool pool, @Reference Cases cases, @Reference AuditTrail trail) {
        this.intake = intake;
        this.store = store;
        this.pool = pool;
        this.cases = cases;
        this.trail = trail;
    }

    /** Assigns expert {@code expertId}: 422 for bad input, 409 for a blocking conflict or a case not in handling. */
    public void assign(String trackingNumber, Long expertId, ConflictDeclaration declaration, Caller officer)
            throws SQLException {
        CaseFile file = intake.file(trackingNumber, officer);
        Map<String, String> problems = new java.util.LinkedHashMap<>(declaration.problems());
        Expert expert = expertId == null ? null : store.work().call(tx -> pool.find(tx, expertId)).orElse(null);
        if (expert == null) {
            problems.put("expertId", "assistance.error.expert.unknown");
        } else if (!expert.active()) {
            problems.put("expertId", "assistance.error.expert.inactive");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("assistance.error.assignmentForm", problems);
        }
        declaration.blocks(officer.has(Role.SUPERVISOR)).ifPresent(refusal -> {
            throw refusal;
        });
        store.work().run(tx -> {
            if (!pool.assign(tx, file.id(), expert.id(), declaration, officer, Instant.now())) {
                throw new Refusal(409, "assistance.refused.alreadyAssigned", Map.of(), expert.name());
            }
            cases.move(tx, trackingNumber, Move.of(AssistanceWorkflow.ASSIGN_EXPERT,
                    expert.name() + "（" + expert.organisation() + "）"), officer);
            trail.record(tx, AuditEntry.by(officer, "assistance.expert.assigned", "case:" + trackingNumber,
                    "expert:" + expert.id() + (declaration.declared() ? " conflict declared: " + declaration.text()
                            + "; overridden: " + declaration.overrideReason() : " no conflict declared")));
        });
    }

    /** The experts assigned to the case, with their declarations (for staff of the case). */
    public List<ExpertPool.Assignment> assignments(String trackingNumber, Caller staff) throws SQLException {
        return pool.assignments(intake.file(trackingNumber, staff).id());
    }
}
