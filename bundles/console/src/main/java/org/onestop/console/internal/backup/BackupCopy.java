package org.onestop.console.internal.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.onestop.api.module.Refusal;

/**
 * One backup into a new folder, while the gateway serves: the database by Derby's online backup
 * ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, a copy consistent as of its end, taken while transactions go on) into
 * {@code database/db}, or a PostgreSQL database by {@code pg_dump} ({@link PostgresDump}, consistent as of its
 * start) into {@code database/}{@value #POSTGRES_DUMP}; the stored files into {@code attachments/}, the configuration into {@code config/} and the
 * module jars into {@code deploy/}, then the {@link BackupManifest}.
 *
 * <p><b>Why the files are copied around the database.</b> A stored file is written and forced to the disk before
 * the commit of its row, is never changed afterwards, and is deleted only after its row (the held-file sweep, for
 * files a day old at the least). Every row in the database copy was committed before the copy ended, so its file
 * existed by then. Copying the files only after the database would miss one whose row the sweep deletes after the
 * database copy and whose file it deletes before the file copy reaches it; copying them only before would miss
 * every file stored while the database is copied. So the files are copied twice: once before the database (every
 * file there then, the old ones the sweep may delete included), once after (every file new since, and again any
 * whose size or time changed, as a file still being written at the first pass has). A file of a row in the copy
 * is therefore in the backup whole; a file whose row was rolled back or deleted meanwhile may be there too, unused.
 * (A dump's rows were committed before its start, so the same holds.)
 */
final class BackupCopy {

    /** The file of a PostgreSQL database's dump in a backup's {@code database/} folder. */
    static final String POSTGRES_DUMP = "onestop.pgdump";

    /** The folders a backup reads. */
    record Sources(Path attachments, Path config, Path deploy) {
    }

    private final DataSource database;
    private final PostgresDump dump;
    private final Clock clock;

    BackupCopy(DataSource database, PostgresDump dump, Clock clock) {
        this.database = database;
        this.dump = dump;
        this.clock = clock;
    }

    /**
     * Makes a backup of {@code sources} and the database ({@code login} names a PostgreSQL one's way in) into
     * {@code target}, a folder that must be new or empty. A database neither Derby nor PostgreSQL is refused before
     * anything is written.
     */
    BackupManifest make(Sources sources, Path target, String version, PostgresDump.Login login)
            throws IOException, SQLException {
        Instant started = clock.instant();
        String product = product();
        boolean postgres = "PostgreSQL".equals(product);
        if (!postgres && !"Apache Derby".equals(product)) {
            throw new Refusal(409, "console.backup.error.notDerby", product);
        }
        Files.createDirectories(target);
        Map<Path, Stamp> first = copyFolder(sources.attachments(), target.resolve("attachments"), Map.of());
        Instant databaseStarted = clock.instant();
        if (postgres) {
            dump.into(login, target.resolve("database").resolve(POSTGRES_DUMP));
        } else {
            backUpDatabase(target.resolve("database"));
        }
        Instant databaseEnded = clock.instant();
        copyFolder(sources.attachments(), target.resolve("attachments"), first);
        copyFolder(sources.config(), target.resolve("config"), Map.of());
        copyFolder(sources.deploy(), target.resolve("deploy"), Map.of());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("created", (postgres ? databaseStarted : databaseEnded).toString());
        facts.put("gateway", version);
        facts.put("database", postgres
                ? "database/" + POSTGRES_DUMP + " (PostgreSQL, pg_dump " + databaseStarted + " .. " + databaseEnded
                        + ", as of its start)"
                : "database/db (embedded Derby, online backup " + databaseStarted + " .. " + databaseEnded + ")");
        facts.put("attachments", "attachments/ (from " + sources.attachments() + ")");
        facts.put("config", "config/ (from " + sources.config() + ")");
        facts.put("deploy", "deploy/ (from " + sources.deploy() + ")");
        facts.put("copied.from", started.toString());
        return BackupManifest.write(target, facts);
    }

    private String product() throws SQLException {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    private void backUpDatabase(Path folder) throws SQLException {
        try (Connection connection = database.getConnection()) {
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toString());
                backup.execute();
            }
        }
    }

    /** A file's size and time as one pass saw it. */
    private record Stamp(long size, FileTime modified) {
    }

    /**
     * Copies the regular files of {@code from} (its sub-folders too; names starting with a dot, files being written,
     * left out) into {@code to}, except those {@code done} already holds with the same size and time; answers what
     * was copied and done before. A missing source copies nothing.
     */
    private static Map<Path, Stamp> copyFolder(Path from, Path to, Map<Path, Stamp> done) throws IOException {
        Map<Path, Stamp> copied = new HashMap<>(done);
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return copied;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (hidden(relative)) {
                    continue;
                }
                Stamp stamp;
                try {
                    stamp = new Stamp(Files.size(file), Files.getLastModifiedTime(file));
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // deleted since the walk saw it
                }
                if (stamp.equals(done.get(relative))) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                if (copy(file, target)) {
                    copied.put(relative, stamp);
                }
            }
        }
        return copied;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Copies one file and forces it to the disk; false when the source was deleted meanwhile. */
    private static boolean copy(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            long position = 0;
            while (position < size) {
                position += in.transferTo(position, size - position, out);
            }
            out.force(true);
            return true;
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        }
    }
}
