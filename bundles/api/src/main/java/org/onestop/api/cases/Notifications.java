package org.onestop.api.cases;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * In-app notifications: the header shows the unread count, {@code /notifications} lists them. Each is also mailed
 * through the outbox, in the recipient's language.
 */
@ProviderType
public interface Notifications {

    /** Notifies an account inside the caller's transaction: stored and mailed if and only if it commits. */
    void notify(Connection transaction, long accountId, Notice notice) throws SQLException;
}
