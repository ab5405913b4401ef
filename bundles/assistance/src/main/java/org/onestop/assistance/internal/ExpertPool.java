package org.onestop.assistance.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The centre's expert pool and the experts assigned to each case, in the module's schema. Experts are added and
 * edited (deactivated by edit, never deleted: assignments keep naming them) after {@link Expert#problems()}; each
 * addition and edit is recorded in the audit trail in its transaction, by whom, with the expert as added or what the
 * edit changed ({@code assistance.expert.added}, {@code .changed}, {@code .deactivated}).
 */
@Component(service = ExpertPool.class)
public final class ExpertPool {

    /** An expert assigned to a case, with the declaration recorded (staff only). */
    public record Assignment(Expert expert, ConflictDeclaration declaration, Instant assignedAt) {
    }

    private static final String COLUMNS = "ID, NAME, ORGANISATION, FIELDS, CONTACT, ACTIVE";

    static final String ADDED = "assistance.expert.added";
    static final String CHANGED = "assistance.expert.changed";
    static final String DEACTIVATED = "assistance.expert.deactivated";

    private final ApplicationStore store;
    private final AuditTrail trail;

    @Activate
    public ExpertPool(@Reference ApplicationStore store, @Reference AuditTrail trail) {
        this.store = store;
        this.trail = trail;
    }

    /** Every expert, active ones first, by name. */
    public List<Expert> experts() throws SQLException {
        return store.work().call(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS
                    + " FROM ASSISTANCE.EXPERT ORDER BY ACTIVE DESC, NAME, ID"); ResultSet rows = select.executeQuery()) {
                List<Expert> experts = new ArrayList<>();
                while (rows.next()) {
                    experts.add(expert(rows, 0));
                }
                return experts;
            }
        });
    }

    /** The expert {@code id}; 404 when there is none. */
    public Expert expert(long id) throws SQLException {
        return store.work().call(tx -> find(tx, id)).orElseThrow(() -> notFound(id));
    }

    /** Adds {@code expert} after checking it (422 with each field at fault); answers it with its number. */
    public Expert add(Expert expert, Caller staff) throws SQLException {
        checked(expert);
        return store.work().call(tx -> {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO ASSISTANCE.EXPERT (NAME, ORGANISATION,"
                    + " FIELDS, CONTACT, ACTIVE) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, expert);
                insert.executeUpdate();
                Expert added;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    added = expert.withId(keys.getLong(1));
                }
                trail.record(tx, AuditEntry.by(staff, ADDED, "expert:" + added.id(), added.described()));
                return added;
            }
        });
    }

    /** Replaces the expert {@code id} (404 if none, 422 with each field at fault). */
    public Expert edit(long id, Expert expert, Caller staff) throws SQLException {
        checked(expert);
        return store.work().call(tx -> {
            try (PreparedStatement lock = tx.prepareStatement("UPDATE ASSISTANCE.EXPERT SET ACTIVE = ACTIVE"
                    + " WHERE ID = ?")) {
                lock.setLong(1, id); // holds the row, so that the state read next is the one this edit changes
                if (lock.executeUpdate() == 0) {
                    throw notFound(id);
                }
            }
            Expert before = find(tx, id).orElseThrow(() -> notFound(id));
            try (PreparedStatement update = tx.prepareStatement("UPDATE ASSISTANCE.EXPERT SET NAME = ?,"
                    + " ORGANISATION = ?, FIELDS = ?, CONTACT = ?, ACTIVE = ? WHERE ID = ?")) {
                bind(update, expert);
                update.setLong(6, id);
                update.executeUpdate();
            }
            Expert after = expert.withId(id);
            String changes = after.changesFrom(before);
            if (!changes.isEmpty()) {
                trail.record(tx, AuditEntry.by(staff, before.active() && !after.active() ? DEACTIVATED : CHANGED,
                        "expert:" + id, changes));
            }
            return after;
        });
    }

    /** The expert {@code id} in the caller's transaction. */
    Optional<Expert> find(Connection tx, long id) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS
                + " FROM ASSISTANCE.EXPERT WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(expert(row, 0)) : Optional.empty();
            }
        }
    }

    /** Stores an assignment, not yet on the timeline; false when the expert is already assigned to the case. */
    boolean assign(Connection tx, long caseId, long expertId, ConflictDeclaration declaration, Caller officer,
            Instant at) throws SQLException {
        try (PreparedStatement exists = tx.prepareStatement("SELECT 1 FROM ASSISTANCE.ASSIGNMENT"
                + " WHERE CASE_ID = ? AND EXPERT_ID = ?")) {
            exists.setLong(1, caseId);
            exists.setLong(2, expertId);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO ASSISTANCE.ASSIGNMENT (CASE_ID, EXPERT_ID,"
                + " CONFLICT, CONFLICT_TEXT, OVERRIDE_REASON, ASSIGNED_BY, ASSIGNED_AT, RECORDED)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setLong(1, caseId);
            insert.setLong(2, expertId);
            insert.setShort(3, (short) (declaration.declared() ? 1 : 0));
            insert.setString(4, declaration.text());
            insert.setString(5, declaration.declared() ? declaration.overrideReason() : "");
            insert.setLong(6, officer.accountId());
            UtcColumns.set(insert, 7, at);
            insert.executeUpdate();
        }
        return true;
    }

    /** Marks the case's new assignments as on its timeline; answers how many there were. */
    int recorded(Connection tx, long caseId) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE ASSISTANCE.ASSIGNMENT SET RECORDED = 1"
                + " WHERE CASE_ID = ? AND RECORDED = 0")) {
            update.setLong(1, caseId);
            return update.executeUpdate();
        }
    }

    /** The experts assigned to the case, in the order of assignment. */
    List<Assignment> assignments(long caseId) throws SQLException {
        return store.work().call(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT E.ID, E.NAME, E.ORGANISATION, E.FIELDS,"
                    + " E.CONTACT, E.ACTIVE, A.CONFLICT, A.CONFLICT_TEXT, A.OVERRIDE_REASON, A.ASSIGNED_AT"
                    + " FROM ASSISTANCE.ASSIGNMENT A JOIN ASSISTANCE.EXPERT E ON E.ID = A.EXPERT_ID"
                    + " WHERE A.CASE_ID = ? ORDER BY A.ASSIGNED_AT, E.ID")) {
                select.setLong(1, caseId);
                try (ResultSet rows = select.executeQuery()) {
                    List<Assignment> assignments = new ArrayList<>();
                    while (rows.next()) {
                        assignments.add(new Assignment(expert(rows, 0), new ConflictDeclaration(rows.getShort(7)
                                == 1 ? ConflictDeclaration.DECLARED : ConflictDeclaration.NONE, rows.getString(8),
                                rows.getString(9)), UtcColumns.get(rows, 10)));
                    }
                    return assignments;
                }
            }
        });
    }

    static Refusal notFound(long id) {
        return new Refusal(404, "assistance.refused.expertNotFound", Map.of(), id);
    }

    private static void checked(Expert expert) {
        if (!expert.problems().isEmpty()) {
            throw Refusal.invalid("assistance.error.expertForm", expert.problems());
        }
    }

    private static void bind(PreparedStatement statement, Expert expert) throws SQLException {
        statement.setString(1, expert.name());
        statement.setString(2, expert.organisation());
        statement.setString(3, String.join(",", expert.fields()));
        statement.setString(4, expert.contact());
        statement.setShort(5, (short) (expert.active() ? 1 : 0));
    }

    private static Expert expert(ResultSet row, int offset) throws SQLException {
        return new Expert(row.getLong(offset + 1), row.getString(offset + 2), row.getString(offset + 3),
                Expert.split(row.getString(offset + 4)), row.getString(offset + 5), row.getShort(offset + 6) == 1);
    }
}
