package org.onestop.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.onestop.api.audit.AuditTrail;
import org.onestop.mail.internal.MailOutbox;
import org.onestop.migration.MigrationException;
import org.onestop.migration.MigrationScript;
import org.onestop.migration.SchemaMigrator;
import org.onestop.testing.TestDatabase;

/**
 * The real mail outbox (bundle {@code mail}) in a test's database beside the platform's schema: its schema
 * {@code MAIL} built from the script the mail bundle ships, as the gateway builds it when that bundle starts.
 */
public final class TestOutbox {

    private static final String SCRIPT = "V1__outbox.sql";

    private TestOutbox() {
    }

    /** An outbox on {@code database}, whose schema {@code MAIL} is built first. */
    public static MailOutbox in(TestDatabase database, AuditTrail trail, Clock clock)
            throws IOException, MigrationException {
        try (InputStream in = MailOutbox.class.getResourceAsStream("/db/migration/" + SCRIPT)) {
            if (in == null) {
                throw new IOException("The mail bundle's " + SCRIPT + " is not on the class path");
            }
            MigrationScript script = MigrationScript.of(SCRIPT, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            new SchemaMigrator(database.gateway()).migrate("MAIL", List.of(script));
        }
        return new MailOutbox(database.gateway(), trail, clock);
    }
}
