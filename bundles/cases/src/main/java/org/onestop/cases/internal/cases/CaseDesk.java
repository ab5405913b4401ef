package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Person;
import org.onestop.api.identity.Role;
import org.onestop.api.schema.UnitOfWork;

/**
 * The staff's own moves on a case that are not workflow transitions: claiming an unassigned case, releasing it back
 * to the queue, a supervisor assigning it to a colleague, and comments (staff notes, or words for the applicant;
 * the applicant's own). Each in one transaction with its timeline event and audit entry.
 */
final class CaseDesk {

    private final DataSource database;
    private final CaseEngine engine;
    private final Timeline timeline;
    private final AuditTrail trail;
    private final CaseNews news;
    private final People people;
    private final CaseRows rows;

    CaseDesk(DataSource database, CaseEngine engine, Timeline timeline, AuditTrail trail, CaseNews news,
            People people) {
        this.database = database;
        this.people = people;
        this.rows = new CaseRows(people);
        this.engine = engine;
        this.timeline = timeline;
        this.trail = trail;
        this.news = news;
    }

    CaseFile claim(String trackingNumber, Caller staff) throws SQLException {
        return new UnitOfWork(database).call(tx -> {
            CaseFile file = workable(tx, trackingNumber, staff);
            if (Objects.equals(file.assigneeId(), staff.accountId())) {
                return file;
            }
            if (file.assigneeId() != null && !staff.has(Role.SUPERVISOR)) {
                throw CaseRefusal.conflict("case.refused.assignedToOther", file.assigneeName());
            }
            return assignTo(tx, file, staff.accountId(), "claimed", null, staff);
        });
    }

    CaseFile release(String trackingNumber, Caller staff) throws SQLException {
        return new UnitOfWork(database).call(tx -> {
            CaseFile file = workable(tx, trackingNumber, staff);
            if (file.assigneeId() == null) {
                return file;
            }
            if (file.assigneeId() != staff.accountId() && !staff.has(Role.SUPERVISOR)) {
                throw CaseRefusal.conflict("case.refused.assignedToOther", file.assigneeName());
            }
            return assignTo(tx, file, null, "released", null, staff);
        });
    }

    CaseFile assign(String trackingNumber, long assigneeId, Caller supervisor) throws SQLException {
        if (!supervisor.has(Role.SUPERVISOR)) {
            throw new CaseRefusal(403, "case.refused.supervisorOnly");
        }
        return new UnitOfWork(database).call(tx -> {
            CaseFile file = workable(tx, trackingNumber, supervisor);
            Workflow workflow = engine.available(file).workflow();
            String name = staffMember(tx, assigneeId, workflow);
            CaseFile after = assignTo(tx, file, assigneeId, "assigned", name, supervisor);
            news.assigned(tx, after, assigneeId, supervisor);
            return after;
        });
    }

    CaseFile comment(String trackingNumber, String text, boolean forApplicant, Caller actor) throws SQLException {
        String comment = text == null ? "" : text.strip();
        if (comment.isEmpty() || comment.length() > Timeline.COMMENT_MAX) {
            throw new CaseRefusal(422, "case.refused.commentText", Timeline.COMMENT_MAX);
        }
        return new UnitOfWork(database).call(tx -> {
            CaseFile file = engine.visible(tx, trackingNumber, actor).orElseThrow(CaseEngine::notFound);
            boolean applicant = actor.accountId() == file.applicantId();
            boolean visible = applicant || forApplicant;
            timeline.append(tx, file.id(), Timeline.Entry.of("comment", comment, visible), actor);
            trail.record(tx, AuditEntry.by(actor, "case.commented", "case:" + file.trackingNumber(),
                    visible ? "for the applicant" : "staff note"));
            news.commented(tx, file, actor, comment, visible);
            return rows.byId(tx, file.id()).orElseThrow();
        });
    }

    private CaseFile workable(Connection tx, String trackingNumber, Caller staff) throws SQLException {
        CaseFile file = engine.visible(tx, trackingNumber, staff).orElseThrow(CaseEngine::notFound);
        if (!engine.mayWork(file, staff)) {
            throw new CaseRefusal(403, "case.refused.notYourQueue");
        }
        boolean closed = engine.available(file).workflow().status(file.status()).map(Status::closed).orElse(true);
        if (closed) {
            throw CaseRefusal.conflict("case.refused.closed", file.trackingNumber());
        }
        return file;
    }

    private CaseFile assignTo(Connection tx, CaseFile file, Long assigneeId, String kind, String comment,
            Caller actor) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE CASES.CASE_FILE SET ASSIGNEE_ID = ?"
                + " WHERE ID = ? AND VERSION = ?")) {
            update.setObject(1, assigneeId, java.sql.Types.BIGINT);
            update.setLong(2, file.id());
            update.setLong(3, file.version());
            if (update.executeUpdate() == 0) {
                throw CaseRefusal.conflict("case.refused.changedMeanwhile", file.trackingNumber());
            }
        }
        timeline.append(tx, file.id(), Timeline.Entry.of(kind, comment, false), actor);
        trail.record(tx, AuditEntry.by(actor, "case." + kind, "case:" + file.trackingNumber(),
                assigneeId == null ? "" : "account:" + assigneeId));
        return rows.byId(tx, file.id()).orElseThrow();
    }

    /** The name of an active staff account holding a role of the workflow (or a supervisor); refuses others. */
    private String staffMember(Connection tx, long accountId, Workflow workflow) throws SQLException {
        return people.find(tx, accountId)
                .filter(p -> p.actsAs(Role.SUPERVISOR) || workflow.staffRoles().stream().anyMatch(p::actsAs))
                .map(Person::displayName)
                .orElseThrow(() -> new CaseRefusal(422, "case.refused.assignee"));
    }
}
