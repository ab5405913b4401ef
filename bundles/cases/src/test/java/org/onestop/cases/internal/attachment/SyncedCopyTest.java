package org.onestop.cases.internal.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written by the store is whole on the disk, with its checksum, when the write returns. */
class SyncedCopyTest {

    @TempDir
    Path folder;

    @Test
    void aFileOfSeveralMegabytesIsCompleteWithItsChecksumWhenTheCopyReturns() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(20).nextBytes(content);
        Path target = folder.resolve("0123456789abcdef0123456789abcdef");

        long size = SyncedCopy.copy(new ByteArrayInputStream(content), target);

        assertEquals(content.length, size);
        assertEquals(content.length, Files.size(target));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        assertArrayEquals(sha256.digest(content), sha256.digest(Files.readAllBytes(target)));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path target = folder.resolve("kept");
        Files.writeString(target, "first");

        assertThrows(FileAlreadyExistsException.class,
                () -> SyncedCopy.copy(new ByteArrayInputStream(new byte[] {1, 2, 3}), target));
        assertEquals("first", Files.readString(target));
    }
}
