package org.onestop.api.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, hash-chained audit trail of the gateway. Each entry carries the hash of the one before it, so
 * that changing or deleting a stored entry is found by the operators' verification.
 *
 * <p>Record an entry with the connection of the transaction that makes the change, as its last statement before
 * the commit: the entry is stored if and only if the change is.
 */
@ProviderType
public interface AuditTrail {

    /** Adds {@code entry} inside the caller's transaction on {@code transaction} (auto-commit off). */
    void record(Connection transaction, AuditEntry entry) throws SQLException;

    /** Adds {@code entry} in a transaction of its own, for events that change nothing in the database. */
    void record(AuditEntry entry) throws SQLException;
}
