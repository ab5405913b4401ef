package org.onestop.cases.internal.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a new file and forces it to the disk before returning. The store acknowledges an upload by committing its
 * row; a file still only in the page cache at that moment would be lost (or left short) by a power cut or a crash
 * of the machine, leaving a committed row without its file. So the content is forced ({@code fsync}) and then the
 * folder's entry for the new name, before the caller goes on to the commit.
 */
final class SyncedCopy {

    private SyncedCopy() {
    }

    /**
     * Copies {@code in} into {@code target}, which must not exist yet, and forces the file's content and its
     * directory entry to the disk; returns the number of bytes written.
     */
    static long copy(InputStream in, Path target) throws IOException {
        long size;
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            size = in.transferTo(out);
            channel.force(true);
        }
        forceDirectory(target.toAbsolutePath().getParent());
        return size;
    }

    /** Forces a folder's entries (the name of a file just created in it) to the disk, where the system allows it. */
    static void forceDirectory(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // some systems (Windows, some network file systems) cannot open or force a directory: nothing to do
        }
    }
}
