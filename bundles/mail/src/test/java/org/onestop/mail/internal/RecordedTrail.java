package org.onestop.mail.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;

/**
 * The api's audit trail as the outbox sees it, keeping what it is handed and whether the connection it came with was
 * in a transaction. The platform's chained trail is no part of a module's class path; its own tests prove the chain.
 */
final class RecordedTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<Boolean> autoCommits = new ArrayList<>();

    @Override
    public synchronized void record(Connection transaction, AuditEntry entry) throws SQLException {
        autoCommits.add(transaction.getAutoCommit());
        entries.add(entry);
    }

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    synchronized List<Boolean> autoCommits() {
        return List.copyOf(autoCommits);
    }
}
