package org.onestop.cases.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.onestop.migration.MigrationException;
import org.onestop.platform.internal.db.Database;
import org.onestop.testing.TestDatabase;

/**
 * A test's database as the gateway has it for the case family: the family's schema {@code CASES} from its own
 * scripts, beside the platform's schema {@code PLATFORM} (accounts, organisations, the audit chain) from the
 * platform bundle's scripts.
 */
public final class CaseDatabase {

    private CaseDatabase() {
    }

    /** A database in {@code folder} with both schemas built. */
    public static TestDatabase in(Path folder) throws IOException, MigrationException {
        return TestDatabase.of(folder, "CASES").withSchemaOf("PLATFORM", Database.class);
    }
}
