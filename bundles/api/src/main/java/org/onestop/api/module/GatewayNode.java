package org.onestop.api.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The name of a gateway node, as the hall's shared records name it (who holds a task's lease, who runs an import):
 * made once at random, then kept in the file {@code node} of a folder that is the node's own (its data folder, or a
 * module's folder in it), so that a restarted node is the same node.
 */
public final class GatewayNode {

    /** The file that keeps the name. */
    public static final String FILE = "node";

    private GatewayNode() {
    }

    /**
     * The name kept in {@code folder}'s file {@value #FILE}, made and written there the first time (one caller at a
     * time, so that two components of a starting node never make two names).
     */
    public static synchronized String name(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            String kept = Files.readString(file).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        Files.createDirectories(folder);
        String made = UUID.randomUUID().toString();
        Files.writeString(file, made + "\n");
        return made;
    }
}
