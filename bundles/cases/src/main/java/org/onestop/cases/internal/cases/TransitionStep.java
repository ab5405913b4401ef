package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Caller;

/**
 * One step of a case along its workflow, as {@link CaseEngine} takes it for a person's move or a clock's expiry:
 * everything the step changes is written in the caller's transaction.
 */
final class TransitionStep {

    private final CaseRules rules;
    private final CaseClocks clocks;
    private final Timeline timeline;
    private final CaseFileLinks files;
    private final AuditTrail trail;
    private final CaseNews news;
    private final CaseRows rows;

    TransitionStep(CaseRules rules, CaseClocks clocks, Timeline timeline, CaseFileLinks files, AuditTrail trail,
            CaseNews news, CaseRows rows) {
        this.rules = rules;
        this.clocks = clocks;
        this.timeline = timeline;
        this.files = files;
        this.trail = trail;
        this.news = news;
        this.rows = rows;
    }

    /**
     * Takes {@code transition} on {@code file} inside {@code tx}: the new status (claiming an unassigned case for
     * the staff member who moves it), the timeline event with its files, the clocks, the audit entry, the news and
     * the observers. Refused (409) when the case changed meanwhile.
     */
    CaseFile take(Connection tx, CaseFile file, RegisteredType type, Transition transition, String comment,
            List<Long> attachmentIds, Caller actor) throws SQLException {
        Workflow workflow = type.workflow();
        Caller mover = actor == null ? Caller.anonymous("") : actor;
        CaseMove move = new CaseMove(file, transition, comment, mover);
        type.service().moving(tx, move);
        Status to = workflow.status(transition.to()).orElseThrow();
        boolean claim = actor != null && actor.staff() && file.assigneeId() == null && !to.closed();
        try (PreparedStatement update = tx.prepareStatement("UPDATE CASES.CASE_FILE SET STATUS = ?, CLOSED = ?"
                + (claim ? ", ASSIGNEE_ID = ?" : "") + " WHERE ID = ? AND VERSION = ?")) {
            int i = 1;
            update.setString(i++, to.code());
            update.setBoolean(i++, to.closed());
            if (claim) {
                update.setLong(i++, actor.accountId());
            }
            update.setLong(i++, file.id());
            update.setLong(i, file.version());
            if (update.executeUpdate() == 0) {
                throw CaseRefusal.conflict("case.refused.changedMeanwhile", file.trackingNumber());
            }
        }
        long event = timeline.append(tx, file.id(), new Timeline.Entry("moved", transition.code(), file.status(),
                to.code(), comment, true), actor);
        if (!attachmentIds.isEmpty()) {
            files.link(tx, file.id(), event, attachmentIds, actor);
        }
        clocks.apply(tx, file.id(), workflow, transition.clocks());
        if (to.closed()) {
            clocks.stopAll(tx, file.id());
        }
        String detail = file.status() + " -> " + to.code() + " (" + transition.code() + ")";
        trail.record(tx, actor == null
                ? new AuditEntry("runtime", "case.moved", "case:" + file.trackingNumber(), "", detail)
                : AuditEntry.by(actor, "case.moved", "case:" + file.trackingNumber(), detail));
        CaseFile after = rows.byId(tx, file.id()).orElseThrow();
        news.moved(tx, after, workflow, file.status(), transition, comment, actor);
        for (org.onestop.api.cases.CaseObserver observer : rules.registry().observers()) {
            observer.moved(tx, after, move, type.service());
        }
        return after;
    }
}
