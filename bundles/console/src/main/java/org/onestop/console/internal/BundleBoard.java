package org.onestop.console.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.onestop.api.module.GatewayPaths;
import org.onestop.api.module.ModuleDirectory;
import org.onestop.api.module.Refusal;
import org.onestop.api.module.RunningModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleRevisions;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What runs in the gateway, as the console shows it: every bundle with where it came from ({@link BundleRow}), the
 * bundles a change of one of them touches (those wired to it) and the packages the framework exports now.
 */
@Component(service = BundleBoard.class, immediate = true, configurationPid = ConsoleConfig.PID)
public final class BundleBoard {

    static final Set<String> STATES = Set.of("installed", "resolved", "starting", "active", "stopping");
    static final Set<String> ORIGINS = Set.of("system", "deploy", "console");

    private final BundleContext context;
    private final ModuleDirectory modules;
    private final DeployFolder folder;

    /** The list asked for: the bundles that match, and the modules removed whose previous version is kept. */
    public record Listing(int total, List<BundleRow> items, List<Kept> removed) {
    }

    /** A module no longer installed whose last version is kept for rolling back. */
    public record Kept(String symbolicName, String version) {
    }

    @Activate
    public BundleBoard(BundleContext context, @Reference ModuleDirectory modules, ConsoleConfig config) {
        this.context = context;
        this.modules = modules;
        this.folder = new DeployFolder(deployFolder(context), GatewayPaths.of(context).data(), config.shared_folder());
    }

    /** {@code onestop.deploy} as the launcher sets it, else the first folder FileInstall watches. */
    static Path deployFolder(BundleContext context) {
        String deploy = context.getProperty("onestop.deploy");
        if (deploy == null || deploy.isBlank()) {
            String watched = context.getProperty("felix.fileinstall.dir");
            deploy = watched == null || watched.isBlank() ? GatewayPaths.of(context).home().resolve("deploy")
                    .toString() : watched.split(",")[0].strip();
        }
        return Path.of(deploy).toAbsolutePath().normalize();
    }

    Bundle systemBundle() {
        return context.getBundle(0);
    }

    DeployFolder folder() {
        return folder;
    }

    /** The bundles whose state and origin are those asked (blank: any) and whose names contain {@code q}. */
    Listing list(String state, String origin, String q) {
        String s = code(state, STATES);
        String o = code(origin, ORIGINS);
        String words = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<BundleRow> items = rows().stream()
                .filter(r -> s.isEmpty() || r.state().equals(s))
                .filter(r -> o.isEmpty() || r.origin().equals(o))
                .filter(r -> words.isEmpty() || r.symbolicName().toLowerCase(Locale.ROOT).contains(words)
                        || r.name().toLowerCase(Locale.ROOT).contains(words))
                .toList();
        return new Listing(items.size(), items, removed());
    }

    private static String code(String value, Set<String> allowed) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!v.isEmpty() && !allowed.contains(v)) {
            throw Refusal.badRequest("console.error.filter", value);
        }
        return v;
    }

    List<BundleRow> rows() {
        Map<Long, String> provided = new HashMap<>();
        for (RunningModule m : modules.running()) {
            provided.put(m.bundleId(), m.descriptor().id());
        }
        return Arrays.stream(context.getBundles()).map(b -> row(b, provided.get(b.getBundleId()))).toList();
    }

    BundleRow row(Bundle bundle) {
        return row(bundle, modules.running().stream().filter(m -> m.bundleId() == bundle.getBundleId())
                .map(m -> m.descriptor().id()).findFirst().orElse(null));
    }

    private BundleRow row(Bundle bundle, String module) {
        String symbolicName = String.valueOf(bundle.getSymbolicName());
        Optional<Path> file = bundle.getBundleId() == 0 ? Optional.empty() : folder.fileOf(bundle.getLocation());
        boolean present = file.isPresent() && Files.isRegularFile(file.get());
        String origin = file.isEmpty() ? "system" : present && folder.uploaded(file.get()) ? "console" : "deploy";
        Instant changed = Instant.ofEpochMilli(bundle.getLastModified());
        if (present) {
            try {
                changed = Files.getLastModifiedTime(file.get()).toInstant();
            } catch (java.io.IOException ignored) {
                // the file went in between: the bundle's own time stays
            }
        }
        String name = bundle.getHeaders("").get(Constants.BUNDLE_NAME);
        return new BundleRow(bundle.getBundleId(), symbolicName, name == null ? symbolicName : name,
                bundle.getVersion().toString(), state(bundle.getState()), module, origin,
                file.map(f -> f.getFileName().toString()).orElse(null), changed, file.isEmpty(),
                bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null, file.isPresent() && !present,
                folder.previous(symbolicName).map(p -> JarCheck.read(p).version().toString()).orElse(null));
    }

    private List<Kept> removed() {
        List<Kept> kept = new ArrayList<>();
        Set<String> installed = Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName)
                .collect(Collectors.toSet());
        for (String symbolicName : folder.keptNames()) {
            if (!installed.contains(symbolicName)) {
                folder.previous(symbolicName).ifPresent(p -> kept.add(new Kept(symbolicName,
                        JarCheck.read(p).version().toString())));
            }
        }
        return kept;
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.ACTIVE -> "active";
            default -> "uninstalled";
        };
    }

    /** The installed bundle of this symbolic name (the highest version when there are several). */
    Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .max(Comparator.comparing(Bundle::getVersion));
    }

    /** The bundle or a refusal (404) naming it. */
    Bundle existing(String symbolicName) {
        return bundle(symbolicName).orElseThrow(() -> new Refusal(404, "console.error.noBundle", symbolicName));
    }

    /** Whether {@code bundle} is the console itself or the framework, which the console never stops. */
    boolean untouchable(Bundle bundle) {
        return bundle.getBundleId() == 0 || bundle.getBundleId() == context.getBundle().getBundleId();
    }

    /** The symbolic names of the bundles wired to {@code bundle} (any of its revisions in use), itself excluded. */
    List<String> touches(Bundle bundle) {
        Set<String> names = new TreeSet<>();
        BundleRevisions revisions = bundle.adapt(BundleRevisions.class);
        if (revisions != null) {
            for (BundleRevision revision : revisions.getRevisions()) {
                BundleWiring wiring = revision.getWiring();
                if (wiring == null) {
                    continue;
                }
                for (BundleWire wire : wiring.getProvidedWires(null)) {
                    Bundle requirer = wire.getRequirerWiring().getBundle();
                    if (requirer.getBundleId() != bundle.getBundleId()) {
                        names.add(requirer.getSymbolicName());
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    /** Every package the resolved bundles export now, with the versions it is exported in. */
    Map<String, List<Version>> exports() {
        Map<String, List<Version>> exported = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                continue;
            }
            for (BundleCapability c : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                Object pkg = c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                Object version = c.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
                exported.computeIfAbsent(String.valueOf(pkg), k -> new ArrayList<>())
                        .add(version instanceof Version v ? v : Version.emptyVersion);
            }
        }
        return exported;
    }

    /** Every installed bundle's versions, by symbolic name. */
    Map<String, List<Version>> versions() {
        Map<String, List<Version>> versions = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getState() != Bundle.UNINSTALLED) {
                versions.computeIfAbsent(bundle.getSymbolicName(), k -> new ArrayList<>()).add(bundle.getVersion());
            }
        }
        return versions;
    }

    /** The attributes of every capability the resolved bundles provide in {@code namespaces}, by namespace. */
    Map<String, List<Map<String, Object>>> capabilities(Set<String> namespaces) {
        Map<String, List<Map<String, Object>>> offered = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            for (String namespace : wiring == null ? Set.<String>of() : namespaces) {
                for (BundleCapability c : wiring.getCapabilities(namespace)) {
                    offered.computeIfAbsent(namespace, k -> new ArrayList<>()).add(c.getAttributes());
                }
            }
        }
        return offered;
    }
}
