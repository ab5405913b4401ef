package org.onestop.console.internal.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The folder of the gateway's {@code .cfg} files ({@code onestop.config} as the launcher sets it, else the last
 * folder the watcher reads, {@code felix.fileinstall.dir}), where a component's settings live in
 * {@code <pid>.cfg}. A file is rewritten whole beside itself, forced to the disk, then renamed over the old one in
 * one step, so that the watcher never reads half a file; its permissions stay. One edit at a time.
 */
@Component(service = ConfigFolder.class, immediate = true)
public final class ConfigFolder {

    private final Path folder;

    @Activate
    public ConfigFolder(BundleContext context) {
        this(folderOf(context.getProperty("onestop.config"), context.getProperty("felix.fileinstall.dir")));
    }

    ConfigFolder(Path folder) {
        this.folder = folder;
    }

    static Path folderOf(String config, String watched) {
        if (config != null && !config.isBlank()) {
            return Path.of(config.strip());
        }
        String[] folders = watched == null ? new String[0] : watched.split(",");
        return Path.of(folders.length == 0 ? "config" : folders[folders.length - 1].strip());
    }

    Path file(String pid) {
        return folder.resolve(pid + ".cfg");
    }

    boolean exists(String pid) {
        return Files.isRegularFile(file(pid));
    }

    /**
     * Makes {@code writes} (key to value, null to take the key out) in {@code <pid>.cfg}, a file created with
     * {@code header} as its comment when there is none. Returns the settings the file held before.
     */
    synchronized Map<String, String> write(String pid, Map<String, String> writes, String header) {
        Path file = file(pid);
        try {
            String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8)
                    : "# " + header.replace("\n", "\n# ") + "\n";
            CfgText text = CfgText.of(before);
            Path aside = folder.resolve("." + pid + ".cfg.writing");
            Files.writeString(aside, text.with(writes), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            if (Files.isRegularFile(file) && Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(aside, Files.getPosixFilePermissions(file));
            }
            try {
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return text.settings();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
