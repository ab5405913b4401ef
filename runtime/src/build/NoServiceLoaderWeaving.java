import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Takes a bundle of the distribution out of the ServiceLoader mediator's weaving (SPI Fly): its requirements of the
 * {@code osgi.serviceloader.processor} and {@code .registrar} extenders, and the optional {@code osgi.serviceloader}
 * requirements that go with them, are dropped from its manifest; nothing else of the jar changes.
 *
 * <p>SPI Fly reads and writes again, with ASM, every class a consumer bundle loads, whether or not it calls
 * {@code ServiceLoader}: for the HTTP server's bundle (Jetty, thousands of classes) that is about a tenth of a start's
 * work, and most of what the optimising compiler compiles while the gateway starts. The server needs no mediation: the
 * only service it looks up that way, {@code HttpFieldPreEncoder}, has the HTTP/1 encoders as its fallback, which is
 * all the gateway speaks.
 *
 * <p>Run by the runtime's build after the system bundles are copied:
 * {@code java NoServiceLoaderWeaving.java <folder> <bundle symbolic name>...}. Fails when a named bundle is not in the
 * folder or has no such requirement (an upgrade that changed it is then looked at, not passed over).
 */
public final class NoServiceLoaderWeaving {

    private static final Attributes.Name REQUIRE_CAPABILITY = new Attributes.Name("Require-Capability");

    private NoServiceLoaderWeaving() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: NoServiceLoaderWeaving <folder> <bundle symbolic name>...");
        }
        Path folder = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path jar = bundle(folder, args[i]);
            List<String> dropped = rewrite(jar);
            if (dropped.isEmpty()) {
                throw new IllegalStateException(jar + " asks for no ServiceLoader mediation any more");
            }
            System.out.println("Without ServiceLoader weaving: " + jar.getFileName() + " (dropped " + dropped + ")");
        }
    }

    /** The jar in {@code folder} whose bundle has {@code symbolicName}. */
    private static Path bundle(Path folder, String symbolicName) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    Manifest manifest = file.getManifest();
                    String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                    if (name != null && name.split(";")[0].trim().equals(symbolicName)) {
                        return jar;
                    }
                }
            }
        }
        throw new IllegalStateException("No bundle " + symbolicName + " in " + folder);
    }

    /** Drops the mediation's requirements from {@code jar}'s manifest, in place; returns the clauses dropped. */
    private static List<String> rewrite(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".rewritten");
        List<String> dropped = new ArrayList<>();
        try (JarFile in = new JarFile(jar.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            String requirements = manifest.getMainAttributes().getValue(REQUIRE_CAPABILITY);
            List<String> kept = new ArrayList<>();
            for (String clause : clauses(requirements == null ? "" : requirements)) {
                (isMediation(clause) ? dropped : kept).add(clause);
            }
            if (dropped.isEmpty()) {
                return dropped;
            }
            manifest.getMainAttributes().put(REQUIRE_CAPABILITY, String.join(",", kept));
            try (OutputStream file = Files.newOutputStream(rewritten);
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry : in.stream().toList()) {
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    JarEntry copy = new JarEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        return dropped;
    }

    private static boolean isMediation(String clause) {
        String namespace = clause.split(";")[0].trim();
        return namespace.equals("osgi.serviceloader")
                || namespace.equals("osgi.extender") && (clause.contains("osgi.serviceloader.processor")
                        || clause.contains("osgi.serviceloader.registrar"));
    }

    /** The clauses of a manifest header: split at the commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.toString().isBlank()) {
            clauses.add(clause.toString().trim());
        }
        return clauses;
    }
}
