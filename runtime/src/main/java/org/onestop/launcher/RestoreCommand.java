package org.onestop.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code ./onestop restore DIR [--force] [--database URL]}: puts a backup ({@code ./onestop backup}, or the
 * console's) back. First every file is checked against the backup's manifest ({@link BackupCheck}); nothing is
 * written when one is missing or changed. Then the database goes into {@code <data>/db} (a PostgreSQL dump into the
 * database the restored configuration or {@code --database} names, {@link PostgresRestore}) and the stored files into {@code <data>/attachments}
 * (or the folder the restored configuration names), of the data folder the gateway would use
 * ({@code ONESTOP_DATA}), and the configuration and modules into {@code ONESTOP_CONFIG} and {@code ONESTOP_DEPLOY}.
 * Refused: a data folder a running gateway uses, always; without {@code --force}, a data folder that is not empty
 * and configuration or module folders whose files differ from the backup's. With {@code --force} the database,
 * stored files, configuration and modules there are replaced by the backup's. Exit status 0 when restored, 1 when
 * refused or failed, 2 for a wrong call.
 */
public final class RestoreCommand {

    private final PrintStream out;
    private final PrintStream err;

    public RestoreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new RestoreCommand(System.out, System.err).run(args, settings()));
    }

    /** The folders the gateway would use, from the environment. */
    static GatewaySettings settings() {
        Path home = Path.of(".");
        try {
            Path jar = Path.of(RestoreCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            home = Files.isRegularFile(jar) ? jar.getParent() : home;
        } catch (URISyntaxException | SecurityException e) {
            // the current folder
        }
        return GatewaySettings.from(System.getenv(), home);
    }

    public int run(String[] args, GatewaySettings settings) {
        List<String> names = new ArrayList<>(List.of(args));
        boolean force = names.remove("--force");
        Optional<String> database = Optional.empty();
        int named = names.indexOf("--database");
        if (named >= 0 && named + 1 < names.size()) {
            database = Optional.of(names.remove(named + 1));
            names.remove(named);
        }
        if (names.size() != 1 || names.get(0).startsWith("-")) {
            err.println("usage: ./onestop restore DIR [--force] [--database jdbc:postgresql://host/name]   (DIR: a"
                    + " backup; ONESTOP_DATA, ONESTOP_CONFIG and ONESTOP_DEPLOY name where it goes; --database the"
                    + " PostgreSQL database a backup of one goes into, else the one its configuration names)");
            return 2;
        }
        Path backup = Path.of(names.get(0)).toAbsolutePath().normalize();
        try {
            out.println("Checking " + backup + " against its manifest ...");
            BackupCheck check = BackupCheck.of(backup);
            if (!check.problems().isEmpty()) {
                err.println("Nothing was restored: the backup in " + backup + " is not whole ("
                        + check.problems().size() + " problems):");
                check.problems().stream().limit(20).forEach(p -> err.println("  " + p));
                return 1;
            }
            out.printf("  %d files, %.1f MB, as listed (backup of %s, gateway %s)%n", check.files().size(),
                    check.bytes() / 1048576.0, check.facts().get("created"), check.facts().get("gateway"));
            Path data = settings.data();
            Path attachments = attachmentsFolder(backup.resolve("config"), data);
            Optional<PostgresRestore> postgres = Optional.empty();
            if (check.files().contains(PostgresRestore.DUMP)) {
                postgres = Optional.of(PostgresRestore.into(backup.resolve("config"), database));
            } else if (database.isPresent()) {
                err.println("Nothing was restored: the backup holds an embedded database, which goes into the data"
                        + " folder; --database is for a backup of a PostgreSQL one");
                return 1;
            }
            List<String> refusals = postgres.isPresent() ? postgres.get().refusals(force) : new ArrayList<>();
            if (refusals.isEmpty()) {
                refusals = refusals(backup, settings, attachments, force);
            }
            if (!refusals.isEmpty()) {
                err.println("Nothing was restored:");
                refusals.forEach(r -> err.println("  " + r));
                return 1;
            }
            Files.createDirectories(data);
            Restoring restoring = new Restoring(backup, check.files());
            if (postgres.isPresent()) {
                out.println("Restoring the database into " + postgres.get().url() + " (pg_restore) ...");
                postgres.get().restore(backup.resolve(PostgresRestore.DUMP), force);
            } else {
                restoring.replace("database/db", data.resolve("db"));
            }
            restoring.replace("attachments", attachments);
            restoring.replace("config", settings.config());
            if (postgres.isPresent() && database.isPresent()) {
                postgres.get().nameIn(settings.config());
            }
            restoring.replace("deploy", settings.deploy());
            out.println("Restored: the database into " + postgres.map(PostgresRestore::url)
                    .orElse(data.resolve("db").toString()) + ", " + count(attachments)
                    + " stored files into " + attachments + ", " + count(settings.config())
                    + " configuration files into " + settings.config() + ", " + count(settings.deploy())
                    + " files into " + settings.deploy() + ".");
            out.println("Start the gateway with the same ONESTOP_DATA, ONESTOP_CONFIG and ONESTOP_DEPLOY"
                    + (postgres.isPresent() ? " (every node of it: the database is theirs)." : "."));
            return 0;
        } catch (IOException e) {
            err.println("The restore failed: " + e + ". What was written may be incomplete: restore again with"
                    + " --force once the cause is mended.");
            return 1;
        }
    }

    /** Why the backup may not go where the environment says, empty when it may. */
    private List<String> refusals(Path backup, GatewaySettings settings, Path attachments, boolean force)
            throws IOException {
        List<String> refusals = new ArrayList<>();
        Path data = settings.data();
        if (inUse(data.resolve("db"))) {
            refusals.add("the data folder " + data + " is in use by a running gateway: stop it first");
            return refusals;
        }
        if (!force && !empty(data)) {
            refusals.add("the data folder " + data + " is not empty: name a fresh one with ONESTOP_DATA, or add"
                    + " --force to replace its database and stored files");
        }
        if (!force && !attachments.startsWith(data) && !empty(attachments)) {
            refusals.add("the attachments folder " + attachments + " is not empty (add --force to replace it)");
        }
        for (String part : List.of("config", "deploy")) {
            Path target = part.equals("config") ? settings.config() : settings.deploy();
            if (!force && !empty(target) && !sameFiles(backup.resolve(part), target)) {
                refusals.add("the " + (part.equals("config") ? "configuration" : "modules") + " folder " + target
                        + " holds files other than the backup's: name an empty one with ONESTOP_"
                        + part.toUpperCase() + ", or add --force to replace them");
            }
        }
        return refusals;
    }

    /** Whether a gateway holds the Derby database in {@code db} (Derby locks {@code dbex.lck} while it is open). */
    static boolean inUse(Path db) throws IOException {
        Path lock = db.resolve("dbex.lck");
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lock.toFile(), "rw");
                FileLock held = file.getChannel().tryLock()) {
            return held == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** The stored files' folder: the restored configuration's {@code folder} of the attachments, else in data. */
    private static Path attachmentsFolder(Path config, Path data) throws IOException {
        Path cfg = config.resolve("org.onestop.platform.attachments.cfg");
        if (Files.isRegularFile(cfg)) {
            Properties settings = new Properties();
            try (var in = Files.newBufferedReader(cfg, StandardCharsets.UTF_8)) {
                settings.load(in);
            }
            String folder = settings.getProperty("folder", "").strip();
            if (!folder.isEmpty()) {
                return Path.of(folder).toAbsolutePath().normalize();
            }
        }
        return data.resolve("attachments");
    }

    static boolean sameFiles(Path backup, Path target) throws IOException {
        return listing(backup).equals(listing(target));
    }

    /** The files of a folder with their SHA-256, by relative path; the watcher's hidden files left out. */
    static List<String> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString();
                if (!name.startsWith(".")) {
                    files.add(name + " " + BackupCheck.sha256(file));
                }
            }
        }
        return files;
    }

    private static boolean empty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return !Files.exists(folder);
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
