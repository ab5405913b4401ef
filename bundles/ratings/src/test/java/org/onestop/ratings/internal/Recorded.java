package org.onestop.ratings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;

/**
 * The api's notifications and audit trail as ratings use them, keeping what they are handed. The platform's own
 * (stored, mailed, chained) are no part of a module's class path; their tests and the integration tests prove them.
 */
final class Recorded implements Notifications, AuditTrail {

    /** A notice for an account. */
    record Sent(long accountId, Notice notice) {
    }

    final List<Sent> notices = new ArrayList<>();
    final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void notify(Connection transaction, long accountId, Notice notice) {
        notices.add(new Sent(accountId, notice));
    }

    @Override
    public void record(Connection transaction, AuditEntry entry) throws SQLException {
        entries.add(entry);
    }

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }
}
