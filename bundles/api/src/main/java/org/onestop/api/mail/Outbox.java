package org.onestop.api.mail;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where mail waits to be sent. A message posted inside a transaction is sent only if that transaction commits;
 * the sender retries until the SMTP server takes it. Without a configured SMTP server messages stay in the outbox,
 * where operators can read them.
 */
@ProviderType
public interface Outbox {

    /** Puts {@code mail} in the outbox inside the caller's transaction on {@code transaction}. */
    void post(Connection transaction, Mail mail) throws SQLException;

    /** How much mail the outbox holds that is not sent: waiting to be sent (or retried), and given up on. */
    Size size() throws SQLException;

    /**
     * The outbox's unsent mail.
     *
     * @param pending mail waiting to be sent or retried
     * @param failed  mail given up on after its attempts, until an operator sends it again
     */
    record Size(long pending, long failed) {
    }
}
