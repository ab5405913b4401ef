package org.onestop.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The copying of a checked backup: each part (a folder of the backup) replaces its target folder with the files the
 * manifest lists, copied beside the target first and then renamed over it, so that a gateway started afterwards finds
 * either the old folder or the whole new one. A target that already holds the very same files is left alone (a
 * watched folder is not emptied and filled again for nothing).
 */
final class Restoring {

    private final Path backup;
    private final List<String> files;

    Restoring(Path backup, List<String> files) {
        this.backup = backup;
        this.files = files;
    }

    /** Replaces {@code target} by the listed files under {@code part} of the backup. */
    void replace(String part, Path target) throws IOException {
        Path source = backup.resolve(part);
        if (Files.isDirectory(target) && RestoreCommand.sameFiles(source, target)) {
            return;
        }
        Path aside = target.resolveSibling("." + target.getFileName() + ".restoring");
        RestoreCommand.delete(aside);
        Files.createDirectories(aside);
        String prefix = part + "/";
        for (String file : files) {
            if (file.startsWith(prefix)) {
                Path copy = aside.resolve(file.substring(prefix.length()));
                Files.createDirectories(copy.getParent());
                Files.copy(backup.resolve(file), copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        RestoreCommand.delete(target);
        Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
