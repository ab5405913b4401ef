package org.onestop.console.internal.backup;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the console's backups go, in {@code config/org.onestop.console.backup.cfg}. */
@ObjectClassDefinition(name = "Backups",
        description = "Where the console's button writes a backup of the database, attachments, configuration and"
                + " deployed modules.")
public @interface BackupConfig {

    String PID = "org.onestop.console.backup";

    @AttributeDefinition(name = "Backup folder", required = false,
            description = "An absolute folder, best on another disk than the data folder; each backup is a"
                    + " folder in it. Empty: the console makes no backups (./onestop backup DIR still does).")
    String folder() default "";

    @AttributeDefinition(name = "pg_dump", required = false,
            description = "The pg_dump program that copies a PostgreSQL database, as new as its server. Empty: the"
                    + " newest under /usr/lib/postgresql (Debian's packages), else pg_dump on the PATH.")
    String pg_dump() default "";
}
