package org.onestop.platform.internal.shell;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.framework.Bundle;

import freemarker.cache.TemplateLoader;

/**
 * Finds templates for Freemarker: first in the shell's {@code web/templates/} folder, where an operator may also
 * override a module's template, then, for a name {@code <module id>/…}, in the {@code /templates/} folder of the
 * bundle of that running module. A template of a module that is not running is not found.
 */
final class ShellTemplates implements TemplateLoader {

    private final Path folder;
    private final Function<String, Optional<Bundle>> moduleBundles;

    /** A template in the web folder. */
    private record FileSource(Path file) {
    }

    /** A template inside a module bundle, as of the bundle's last update. */
    private record BundleSource(Bundle bundle, long lastModified, String entry) {
    }

    ShellTemplates(Path folder, Function<String, Optional<Bundle>> moduleBundles) {
        this.folder = folder.toAbsolutePath().normalize();
        this.moduleBundles = moduleBundles;
    }

    @Override
    public Object findTemplateSource(String name) {
        Path file = folder.resolve(name).normalize();
        if (file.startsWith(folder) && Files.isRegularFile(file)) {
            return new FileSource(file);
        }
        int slash = name.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        Optional<Bundle> bundle = moduleBundles.apply(name.substring(0, slash));
        if (bundle.isEmpty()) {
            return null;
        }
        String entry = "templates/" + name;
        return bundle.get().getEntry(entry) == null ? null
                : new BundleSource(bundle.get(), bundle.get().getLastModified(), entry);
    }

    @Override
    public long getLastModified(Object source) {
        if (source instanceof FileSource f) {
            try {
                return Files.getLastModifiedTime(f.file()).toMillis();
            } catch (IOException gone) {
                return -1;
            }
        }
        return ((BundleSource) source).lastModified();
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        if (source instanceof FileSource f) {
            return Files.newBufferedReader(f.file(), java.nio.charset.Charset.forName(encoding));
        }
        BundleSource b = (BundleSource) source;
        URL url = b.bundle().getEntry(b.entry());
        if (url == null) {
            throw new IOException("template " + b.entry() + " left bundle " + b.bundle().getSymbolicName());
        }
        return new InputStreamReader(url.openStream(), encoding);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing held open between calls
    }
}
