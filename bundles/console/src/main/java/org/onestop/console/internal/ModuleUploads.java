package org.onestop.console.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs, updates, uninstalls and rolls back service modules through their files. An upload is checked
 * ({@link JarCheck}) and staged; the operator sees what it will install or replace and which bundles it touches,
 * then confirms; the jar is then put into {@code deploy/} (the version it replaces kept for rolling back) and the
 * console waits for the gateway to run it. Uninstalling takes the file out of {@code deploy/} and makes sure the
 * bundle is gone. When the operator names trusted signers ({@link ConsoleConfig#trusted_signers()}), a jar must be
 * signed by one of them ({@link JarSignature}). A platform bundle is replaced only when the operator forces it, in its file in {@code system/}.
 * Every act is in the audit trail.
 */
@Component(service = ModuleUploads.class, immediate = true, configurationPid = ConsoleConfig.PID)
@Designate(ocd = ConsoleConfig.class)
public final class ModuleUploads {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleUploads.class);
    private static final Duration SETTLE = Duration.ofSeconds(20);

    private final BundleBoard board;
    private final BundleSettling settling;
    private final AuditTrail trail;
    private final DeployFolder folder;
    private final java.util.Set<String> trusted;

    /**
     * An upload checked and waiting for the operator's confirmation.
     *
     * @param token           names it in the confirmation
     * @param symbolicName    the module's symbolic name
     * @param name            its human name
     * @param version         the version uploaded
     * @param replacesVersion the version running now that it replaces, or null for a new module
     * @param platform        whether it replaces one of the platform's own bundles (forced)
     * @param touches         the bundles wired to the one it replaces, which the change refreshes
     */
    public record Staged(String token, String symbolicName, String name, String version, String replacesVersion,
            boolean platform, List<String> touches) {
    }

    @Activate
    public ModuleUploads(@Reference BundleBoard board, @Reference BundleSettling settling,
            @Reference AuditTrail trail, ConsoleConfig config) {
        this.trusted = JarSignature.fingerprints(config.trusted_signers());
        this.board = board;
        this.settling = settling;
        this.trail = trail;
        this.folder = board.folder();
    }

    /** Checks an uploaded jar and keeps it for confirmation; refused with the reason otherwise. */
    Staged stage(Optional<UploadedFile> upload, boolean force) {
        UploadedFile file = upload.filter(f -> f.size() > 0)
                .orElseThrow(() -> Refusal.badRequest("console.upload.noFile"));
        JarCheck.Candidate candidate = checked(file.content(), force);
        try {
            String token = folder.stage(file.content());
            Optional<Bundle> running = board.bundle(candidate.symbolicName());
            return new Staged(token, candidate.symbolicName(), candidate.name(), candidate.version().toString(),
                    running.map(b -> b.getVersion().toString()).orElse(null),
                    running.map(b -> board.row(b).platform()).orElse(false),
                    running.map(board::touches).orElse(List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a staged upload into place and waits for it to run; answers the bundle as it runs then. */
    BundleRow confirm(String token, boolean force, Caller caller) throws SQLException {
        Path staged = folder.staged(token).orElseThrow(() -> new Refusal(404, "console.error.noUpload"));
        JarCheck.Candidate candidate = checked(staged, force);
        String symbolicName = candidate.symbolicName();
        Optional<Bundle> running = board.bundle(symbolicName);
        Optional<Path> current = running.flatMap(this::currentFile);
        String before = running.map(b -> b.getVersion() + " -> ").orElse("");
        try {
            Path written = folder.install(staged, symbolicName, current);
            Files.deleteIfExists(staged);
            running.filter(b -> board.row(b).platform()).ifPresent(this::updateInPlace);
            String version = candidate.version().toString();
            BundleRow after = settled(symbolicName, version, candidate.fragment());
            trail.record(AuditEntry.by(caller, running.isPresent() ? "console.module.updated"
                    : "console.module.installed", "bundle:" + symbolicName, "version " + before + version + ", file "
                            + written.getFileName()));
            return after;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a module's file out of {@code deploy/} (kept for rolling back) and makes sure its bundle is gone. */
    void uninstall(String symbolicName, Caller caller) throws SQLException {
        Bundle bundle = board.existing(symbolicName);
        BundleRow row = board.row(bundle);
        if (!row.deployed()) {
            throw new Refusal(409, "console.error.notDeployed", symbolicName);
        }
        try {
            Optional<Path> file = currentFile(bundle);
            if (file.isPresent()) {
                folder.remove(file.get(), symbolicName);
            }
            // a bundle whose file was already gone is not waited for: nothing will take it out but the console
            if (file.isEmpty() || !settling.await(() -> bundle.getState() == Bundle.UNINSTALLED, SETTLE)) {
                LOG.warn("Bundle {} stayed after its file left deploy/; uninstalled by the console", symbolicName);
                bundle.uninstall();
                refresh(bundle);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BundleException | IllegalStateException gone) {
            LOG.debug("Bundle {} went in the meantime", symbolicName);
        }
        trail.record(AuditEntry.by(caller, "console.module.uninstalled", "bundle:" + symbolicName,
                "version " + row.version() + (row.file() == null ? "" : ", file " + row.file())));
    }

    /** Puts the kept previous version of a module back in place of the running one. */
    BundleRow rollBack(String symbolicName, Caller caller) throws SQLException {
        Path kept = folder.previous(symbolicName).orElseThrow(() -> new Refusal(404, "console.error.noPrevious",
                symbolicName));
        JarCheck.Candidate candidate = JarCheck.read(kept);
        Optional<Bundle> running = board.bundle(symbolicName);
        if (running.filter(board::untouchable).isPresent()) {
            throw new Refusal(409, "console.error.untouchable", symbolicName);
        }
        String before = running.map(b -> b.getVersion() + " -> ").orElse("");
        try {
            folder.rollBack(symbolicName, running.flatMap(this::currentFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running.filter(b -> board.row(b).platform()).ifPresent(this::updateInPlace);
        BundleRow after = settled(symbolicName, candidate.version().toString(), candidate.fragment());
        trail.record(AuditEntry.by(caller, "console.module.rolledBack", "bundle:" + symbolicName, "version "
                + before + candidate.version()));
        return after;
    }

    /** Reads and checks a jar against what runs now. */
    private JarCheck.Candidate checked(Path jar, boolean force) {
        JarCheck.Candidate candidate = JarCheck.read(jar);
        JarSignature.check(jar, trusted);
        Optional<Bundle> running = board.bundle(candidate.symbolicName());
        if (running.filter(board::untouchable).isPresent()) {
            throw new Refusal(409, "console.error.untouchable", candidate.symbolicName());
        }
        if (running.filter(b -> board.row(b).platform()).isPresent()) {
            if (!force) {
                throw new Refusal(409, "console.upload.platform", candidate.symbolicName());
            }
            if (running.flatMap(this::currentFile).isEmpty()) {
                throw new Refusal(409, "console.upload.platformNoFile", candidate.symbolicName());
            }
        }
        List<JarCheck.Import> missing = JarCheck.unresolved(candidate, board.exports());
        if (!missing.isEmpty()) {
            throw new Refusal(422, "console.upload.unresolved", missing.stream().map(JarCheck.Import::toString)
                    .collect(Collectors.joining(", ")));
        }
        List<JarCheck.Import> bundles = JarCheck.missingBundles(candidate, board.versions());
        if (!bundles.isEmpty()) {
            throw new Refusal(422, "console.upload.missingBundles", bundles.stream().map(JarCheck.Import::toString)
                    .collect(Collectors.joining(", ")));
        }
        List<JarCheck.Need> unmet = JarCheck.unmet(candidate, board.capabilities(JarCheck.CHECKED_NAMESPACES));
        if (!unmet.isEmpty()) {
            throw new Refusal(422, "console.upload.unmet", unmet.stream().map(JarCheck.Need::toString)
                    .collect(Collectors.joining(", ")));
        }
        return candidate;
    }

    /** The file a bundle runs from: in {@code deploy/}, or for a platform bundle in {@code system/}, if it is there. */
    private Optional<Path> currentFile(Bundle bundle) {
        Optional<Path> deployed = folder.fileOf(bundle.getLocation());
        if (deployed.isPresent()) {
            return deployed.filter(Files::isRegularFile);
        }
        try {
            return Optional.of(Path.of(URI.create(bundle.getLocation()))).filter(Files::isRegularFile);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** A platform bundle's file changed in {@code system/}, which nothing watches: the bundle reads it again. */
    private void updateInPlace(Bundle bundle) {
        try {
            bundle.update();
            refresh(bundle);
        } catch (BundleException e) {
            throw new IllegalStateException("Bundle " + bundle.getSymbolicName() + " could not be updated", e);
        }
    }

    private void refresh(Bundle bundle) {
        board.systemBundle().adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
    }

    /** Waits for the version to run (a fragment: to be there); answers the bundle as it is then. */
    private BundleRow settled(String symbolicName, String version, boolean fragment) {
        settling.await(() -> board.bundle(symbolicName).filter(b -> b.getVersion().toString().equals(version))
                .filter(b -> fragment || settling.running(b)).isPresent(), SETTLE);
        return board.bundle(symbolicName).map(board::row).orElseThrow(() -> new Refusal(409,
                "console.error.notInstalled", symbolicName));
    }
}
