package org.onestop.console.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.module.Refusal;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the running gateway ({@link BackupCopy}), one at a time: into a folder the local command names
 * ({@code ./onestop backup DIR}, admitted by {@link BackupAccess}), or, from the console, into a new folder
 * {@code onestop-<UTC time>} of the configured {@code folder} ({@value BackupConfig#PID}); the backups there listed
 * newest first. Every backup made or failed is in the audit trail. Present only while the gateway's database is
 * open in this process, which is what a backup copies.
 */
@Component(service = Backups.class, immediate = true, configurationPid = BackupConfig.PID)
@Designate(ocd = BackupConfig.class)
public final class Backups {

    static final String ATTACHMENTS_PID = "org.onestop.platform.attachments";
    static final String DATABASE_PID = "org.onestop.platform.database";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'onestop-'yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    /** A backup in the configured folder, or just made. */
    public record Made(String name, String folder, Instant created, String gateway, long files, long bytes) {
    }

    private final BundleContext context;
    private final GatewayPaths paths;
    private final ConfigurationAdmin configurations;
    private final AuditTrail trail;
    private final DataSource database;
    private final BackupAccess access;
    private final ReentrantLock running = new ReentrantLock();
    private volatile Optional<Path> folder;
    private volatile PostgresDump dump;

    @Activate
    public Backups(BundleContext context, @Reference(target = "(onestop.datasource=gateway)") DataSource database,
            @Reference ConfigurationAdmin configurations, @Reference AuditTrail trail, BackupConfig config)
            throws IOException {
        this.context = context;
        this.paths = GatewayPaths.of(context);
        this.configurations = configurations;
        this.trail = trail;
        this.database = database;
        modified(config);
        this.access = BackupAccess.open(paths.data(), String.valueOf(context.getProperty(
                "org.osgi.service.http.port")));
    }

    @Modified
    void modified(BackupConfig config) {
        String named = config.folder().strip();
        folder = named.isEmpty() ? Optional.empty() : Optional.of(Path.of(named).toAbsolutePath().normalize());
        dump = new PostgresDump(config.pg_dump());
    }

    @Deactivate
    void close() {
        access.close();
    }

    /** The configured folder of the console's backups, if any. */
    public Optional<Path> folder() {
        return folder;
    }

    /** Whether a request is the local command's. */
    public boolean admits(String authorization, String clientAddress) {
        return access.admits(authorization, clientAddress);
    }

    /** A backup into {@code named}, for the local command: an absolute folder, new or empty. */
    public Made into(String named, Caller caller) throws SQLException {
        if (named == null || named.isBlank() || !Path.of(named.strip()).isAbsolute()) {
            throw new Refusal(400, "console.backup.error.folder");
        }
        return make(Path.of(named.strip()).normalize(), new AuditEntry("runtime", "console.backup.made", "",
                caller.clientAddress(), "./onestop backup"));
    }

    /** A backup into a new folder of the configured one, for an operator. */
    public Made make(Caller caller) throws SQLException {
        Path parent = folder.orElseThrow(() -> new Refusal(409, "console.backup.error.unset"));
        String name = NAME.format(Instant.now());
        Path target = parent.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = parent.resolve(name + "-" + n); // two in the same second
        }
        return make(target, AuditEntry.by(caller, "console.backup.made", "", "console"));
    }

    /** The backups of the configured folder that finished, newest first. */
    public List<Made> list() {
        Optional<Path> parent = folder;
        if (parent.isEmpty() || !Files.isDirectory(parent.get())) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent.get())) {
            return children.filter(Files::isDirectory).flatMap(child -> BackupManifest.read(child)
                    .map(manifest -> made(child, manifest)).stream())
                    .sorted(Comparator.comparing(Made::created, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
        } catch (IOException e) {
            LOG.warn("Cannot list the backups in {}: {}", parent.get(), e.toString());
            return List.of();
        }
    }

    private Made make(Path target, AuditEntry recorded) throws SQLException {
        refuseInsideData(target);
        if (!running.tryLock()) {
            throw new Refusal(409, "console.backup.error.busy");
        }
        try {
            boolean existed = Files.exists(target);
            if (existed && (!Files.isDirectory(target) || !empty(target))) {
                throw new Refusal(409, "console.backup.error.notEmpty", target.toString());
            }
            try {
                BackupManifest manifest = new BackupCopy(database, dump, Clock.systemUTC()).make(
                        new BackupCopy.Sources(attachments(), config(), deploy()), target, version(), login());
                Made made = made(target, manifest);
                trail.record(new AuditEntry(recorded.actor(), recorded.action(), "backup:" + target.getFileName(),
                        recorded.clientAddress(), recorded.detail() + ": " + made.files() + " files, " + made.bytes()
                                + " bytes in " + target));
                LOG.info("Backup made in {}: {} files, {} bytes", target, made.files(), made.bytes());
                return made;
            } catch (IOException | SQLException | RuntimeException e) {
                if (e instanceof Refusal refusal) {
                    remove(target, existed);
                    throw refusal;
                }
                LOG.warn("The backup into {} failed", target, e);
                remove(target, existed);
                trail.record(new AuditEntry(recorded.actor(), "console.backup.failed", "backup:"
                        + target.getFileName(), recorded.clientAddress(), recorded.detail() + ": " + reason(e)));
                throw new Refusal(409, "console.backup.error.failed", reason(e));
            }
        } finally {
            running.unlock();
        }
    }

    private void refuseInsideData(Path target) {
        if (Stream.of(paths.data().resolve("db"), attachments(), config(), deploy()).anyMatch(target::startsWith)) {
            throw new Refusal(400, "console.backup.error.inside", target.toString());
        }
    }

    private static Made made(Path folder, BackupManifest manifest) {
        return new Made(folder.getFileName().toString(), folder.toString(), manifest.created().orElse(null),
                manifest.facts().getOrDefault("gateway", ""), manifest.files().size(), manifest.bytes());
    }

    /** The folder of stored files, as the attachments' settings name it ({@code <data>/attachments} by default). */
    Path attachments() {
        String named = setting(ATTACHMENTS_PID, "folder");
        if (!named.isBlank()) {
            Path configured = Path.of(named.strip()).toAbsolutePath().normalize();
            if (!configured.startsWith(paths.web())) {
                return configured;
            }
        }
        return paths.data().resolve("attachments");
    }

    /** How the gateway reaches its database (a PostgreSQL one's dump needs it), from the database's settings. */
    private PostgresDump.Login login() {
        return new PostgresDump.Login(setting(DATABASE_PID, "url"), setting(DATABASE_PID, "user"),
                setting(DATABASE_PID, "password"));
    }

    /** One setting of the configuration {@code pid}, empty when unset or unreadable. */
    private String setting(String pid, String key) {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + pid + ")");
            Object value = found == null || found[0].getProperties() == null ? null
                    : found[0].getProperties().get(key);
            return value == null ? "" : value.toString();
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            LOG.warn("Cannot read the settings {}: {}", pid, e.toString());
            return "";
        }
    }

    private Path config() {
        return folderProperty("onestop.config", paths.home().resolve("config"));
    }

    private Path deploy() {
        return folderProperty("onestop.deploy", paths.home().resolve("deploy"));
    }

    private Path folderProperty(String key, Path fallback) {
        String value = context.getProperty(key);
        return value == null || value.isBlank() ? fallback : Path.of(value).toAbsolutePath().normalize();
    }

    private String version() {
        for (Bundle bundle : context.getBundles()) {
            if ("org.onestop.platform".equals(bundle.getSymbolicName())) {
                return bundle.getVersion().toString();
            }
        }
        return context.getBundle().getVersion().toString();
    }

    private static boolean empty(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Takes out what a failed backup wrote: the folder it made, or what it put into the empty one it was given. */
    private static void remove(Path target, boolean existed) {
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (existed && path.equals(target)) {
                    continue;
                }
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("What the failed backup wrote into {} could not all be removed: {}", target, e.toString());
        }
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
