package org.onestop.platform.internal;

import java.io.IOException;
import java.time.Clock;

import org.onestop.api.audit.AuditTrail;
import org.onestop.mail.internal.MailOutbox;
import org.onestop.migration.MigrationException;
import org.onestop.testing.TestDatabase;

/**
 * The real mail outbox (bundle {@code mail}) in a test's database beside the platform's schema: its schema
 * {@code MAIL} built from the scripts the mail bundle ships, as the gateway builds it when that bundle starts.
 */
public final class TestOutbox {

    private TestOutbox() {
    }

    /** An outbox on {@code database}, whose schema {@code MAIL} is built first. */
    public static MailOutbox in(TestDatabase database, AuditTrail trail, Clock clock)
            throws IOException, MigrationException {
        database.withSchemaOf("MAIL", MailOutbox.class);
        return new MailOutbox(database.gateway(), trail, clock);
    }
}
