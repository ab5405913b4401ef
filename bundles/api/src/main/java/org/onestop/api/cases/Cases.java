package org.onestop.api.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.onestop.api.identity.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens, moves and reads cases. Every change writes a timeline event and an audit entry in the same transaction as
 * the change. The methods taking a {@link Connection} work inside the caller's transaction (auto-commit off) on a
 * connection of the module's own data source, so a module stores its domain rows and the case change together.
 * Anything not allowed throws {@link CaseRefusal} and changes nothing.
 */
@ProviderType
public interface Cases {

    /** Opens a case for {@code applicant} (an innovator) inside the caller's transaction. */
    Receipt open(Connection transaction, NewCase request, Caller applicant) throws SQLException;

    /**
     * The first receipt (marked replayed) of the case {@code applicant} opened before with {@code idempotencyKey}
     * for this module and case type, if any. A module asks before it checks or stores anything of a submission that
     * carries a key, so that a retry answers its first receipt even when the files it sends again would be refused
     * now (the hourly number of uploads) and no file of it is stored twice. Refused with 422 when the key opened a
     * case of another type; empty without a key or for a case type not offered now.
     */
    Optional<Receipt> replay(String module, String caseType, String idempotencyKey, Caller applicant)
            throws SQLException;

    /** Moves a case along a declared transition inside the caller's transaction; returns the case after it. */
    CaseFile move(Connection transaction, String trackingNumber, Move move, Caller actor) throws SQLException;

    /** Moves a case in a transaction of its own. */
    CaseFile move(String trackingNumber, Move move, Caller actor) throws SQLException;

    /** The case, if {@code viewer} may see it (its applicant, staff of its queue, supervisors). */
    Optional<CaseFile> find(String trackingNumber, Caller viewer) throws SQLException;

    /** The timeline, oldest first, as {@code viewer} may see it (applicants see only their entries). */
    List<CaseEvent> timeline(String trackingNumber, Caller viewer) throws SQLException;

    /** The transitions {@code viewer} may take now on the case. */
    List<Transition> choices(String trackingNumber, Caller viewer) throws SQLException;
}
