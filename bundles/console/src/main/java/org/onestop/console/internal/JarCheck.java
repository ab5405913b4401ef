package org.onestop.console.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.onestop.api.module.Refusal;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Checks a jar an operator uploads before anything is installed: a jar with an OSGi manifest (version 2), a
 * symbolic name and a version ({@link #read}); then that every import it needs (not {@code resolution:=optional})
 * is exported by the running framework, or by the jar itself (or is the JVM's own {@code java.*}), in a version
 * inside the import's range
 * ({@link #unresolved}); that every bundle it requires is installed in a version in range ({@link #missingBundles});
 * and that its mandatory {@code osgi.ee}, {@code osgi.extender} and {@code osgi.service} requirements checked at
 * resolving are met by a capability of the running bundles ({@link #unmet}). A jar that fails is refused with the reason in the operator's language.
 */
final class JarCheck {

    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    /** What the jar says of itself. */
    record Candidate(String symbolicName, Version version, String name, List<Import> imports, Set<String> exports,
            boolean fragment, List<Import> requiredBundles, List<Need> needs) {
    }

    /** A mandatory {@code Require-Capability} checked at resolving: its namespace and filter (none: any). */
    record Need(String namespace, String filter) {

        @Override
        public String toString() {
            return filter == null ? namespace : namespace + " " + filter;
        }
    }

    /** The namespaces whose requirements are checked before installing; others are left to the framework. */
    static final Set<String> CHECKED_NAMESPACES = Set.of("osgi.ee", "osgi.extender", "osgi.service");

    /** A package the jar imports, with the versions it accepts. */
    record Import(String pkg, VersionRange range) {

        @Override
        public String toString() {
            return pkg + " " + range;
        }
    }

    private JarCheck() {
    }

    /** Reads the jar's manifest; refused (422) when the file is not a jar or not a bundle. */
    static Candidate read(Path jar) {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            try {
                manifest = file.getManifest();
            } catch (IOException | SecurityException e) {
                throw refused("console.upload.badManifest");
            }
        } catch (IOException e) {
            throw refused("console.upload.notJar");
        }
        if (manifest == null) {
            throw refused("console.upload.noManifest");
        }
        Attributes main = manifest.getMainAttributes();
        if (!"2".equals(strip(main.getValue("Bundle-ManifestVersion")))) {
            throw refused("console.upload.notBundle");
        }
        List<ManifestHeader.Clause> names = ManifestHeader.parse(main.getValue("Bundle-SymbolicName"));
        String symbolicName = names.isEmpty() ? "" : names.get(0).names().get(0);
        if (!SYMBOLIC_NAME.matcher(symbolicName).matches()) {
            throw refused("console.upload.noSymbolicName");
        }
        String versionText = strip(main.getValue("Bundle-Version"));
        Version version;
        try {
            version = versionText.isEmpty() ? Version.emptyVersion : Version.parseVersion(versionText);
        } catch (IllegalArgumentException e) {
            throw refused("console.upload.badVersion", versionText);
        }
        List<Import> imports = new ArrayList<>();
        try {
            for (ManifestHeader.Clause clause : ManifestHeader.parse(main.getValue("Import-Package"))) {
                if ("optional".equals(clause.directives().get("resolution"))) {
                    continue;
                }
                String range = clause.attributes().getOrDefault("version",
                        clause.attributes().getOrDefault("specification-version", "0.0.0"));
                for (String pkg : clause.names()) {
                    imports.add(new Import(pkg, new VersionRange(range)));
                }
            }
        } catch (IllegalArgumentException e) {
            throw refused("console.upload.badImports");
        }
        List<Import> requiredBundles = new ArrayList<>();
        List<Need> needs = new ArrayList<>();
        try {
            for (ManifestHeader.Clause clause : ManifestHeader.parse(main.getValue("Require-Bundle"))) {
                if (!"optional".equals(clause.directives().get("resolution"))) {
                    String range = clause.attributes().getOrDefault("bundle-version", "0.0.0");
                    for (String bundle : clause.names()) {
                        requiredBundles.add(new Import(bundle, new VersionRange(range)));
                    }
                }
            }
            for (ManifestHeader.Clause clause : ManifestHeader.parse(main.getValue("Require-Capability"))) {
                Map<String, String> d = clause.directives();
                if (!"optional".equals(d.get("resolution")) && "resolve".equals(d.getOrDefault("effective", "resolve"))) {
                    String filter = d.get("filter");
                    if (filter != null) {
                        FrameworkUtil.createFilter(filter);
                    }
                    clause.names().stream().filter(CHECKED_NAMESPACES::contains)
                            .forEach(namespace -> needs.add(new Need(namespace, filter)));
                }
            }
        } catch (IllegalArgumentException | InvalidSyntaxException e) {
            throw refused("console.upload.badRequirements");
        }
        Set<String> exports = new TreeSet<>();
        ManifestHeader.parse(main.getValue("Export-Package")).forEach(c -> exports.addAll(c.names()));
        String name = strip(main.getValue("Bundle-Name"));
        return new Candidate(symbolicName, version, name.isEmpty() ? symbolicName : name, List.copyOf(imports),
                exports, main.getValue("Fragment-Host") != null, List.copyOf(requiredBundles), List.copyOf(needs));
    }

    /**
     * The imports of {@code candidate} that nothing offers: neither {@code exported} (package name to the versions
     * the running bundles export it in) nor the jar itself. Empty when the jar will resolve.
     */
    static List<Import> unresolved(Candidate candidate, Map<String, List<Version>> exported) {
        List<Import> missing = new ArrayList<>();
        for (Import wanted : candidate.imports()) {
            if (wanted.pkg().startsWith("java.") || candidate.exports().contains(wanted.pkg())) {
                continue;
            }
            List<Version> offered = exported.getOrDefault(wanted.pkg(), List.of());
            if (offered.stream().noneMatch(wanted.range()::includes)) {
                missing.add(wanted);
            }
        }
        return missing;
    }

    /** The required bundles of {@code candidate} not installed (symbolic name to versions) in a version in range. */
    static List<Import> missingBundles(Candidate candidate, Map<String, List<Version>> installed) {
        return candidate.requiredBundles().stream().filter(wanted -> installed.getOrDefault(wanted.pkg(), List.of())
                .stream().noneMatch(wanted.range()::includes)).toList();
    }

    /**
     * The needs of {@code candidate} that no capability {@code offered} (namespace to the attributes of each
     * capability the running bundles provide) matches.
     */
    static List<Need> unmet(Candidate candidate, Map<String, List<Map<String, Object>>> offered) {
        List<Need> unmet = new ArrayList<>();
        for (Need need : candidate.needs()) {
            List<Map<String, Object>> capabilities = offered.getOrDefault(need.namespace(), List.of());
            if (capabilities.stream().noneMatch(attributes -> matches(need.filter(), attributes))) {
                unmet.add(need);
            }
        }
        return unmet;
    }

    private static boolean matches(String filter, Map<String, Object> attributes) {
        try {
            return filter == null || FrameworkUtil.createFilter(filter).matches(attributes);
        } catch (InvalidSyntaxException e) {
            return false; // read() refuses a jar whose filters do not parse
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static Refusal refused(String key, Object... arguments) {
        return new Refusal(422, key, arguments);
    }
}
