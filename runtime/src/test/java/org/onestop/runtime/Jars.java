package org.onestop.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Makes variants of a module jar, as a developer would ship a new version or a broken one. */
public final class Jars {

    private Jars() {
    }

    /**
     * Copies {@code source} to {@code target} with manifest headers set and entries replaced or added; the target
     * is written beside and then moved into place in one step, as a careful operator would.
     */
    public static void variant(Path source, Path target, Map<String, String> headers, Map<String, String> entries)
            throws IOException {
        Path partial = Files.createTempFile(target.getParent().getParent(), "variant", ".jar");
        try (InputStream in = Files.newInputStream(source); JarInputStream jar = new JarInputStream(in);
                OutputStream out = Files.newOutputStream(partial)) {
            Manifest manifest = new Manifest(jar.getManifest());
            headers.forEach((name, value) -> manifest.getMainAttributes().put(new Attributes.Name(name), value));
            try (JarOutputStream copy = new JarOutputStream(out, manifest)) {
                for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                    if (entries.containsKey(entry.getName())) {
                        continue;
                    }
                    copy.putNextEntry(new JarEntry(entry.getName()));
                    jar.transferTo(copy);
                    copy.closeEntry();
                }
                for (Map.Entry<String, String> added : entries.entrySet()) {
                    copy.putNextEntry(new JarEntry(added.getKey()));
                    copy.write(added.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    copy.closeEntry();
                }
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
