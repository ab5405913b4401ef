package org.onestop.cases.internal.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.onestop.api.cases.FileType;

/**
 * Decides what a file is from its leading bytes, never from its name or the type a client declared: {@code %PDF-}
 * is a PDF, the eight-byte PNG signature a PNG, {@code FF D8 FF} a JPEG. Anything else (a Windows executable
 * starting {@code MZ}, an ELF binary, a script, an empty file) is none of them.
 */
final class FileContent {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private FileContent() {
    }

    /** The type of the file's content, if it is one the gateway knows. */
    static Optional<FileType> typeOf(Path file) throws IOException {
        byte[] head = new byte[PNG.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        return typeOf(Arrays.copyOf(head, read));
    }

    /** The type of content starting with {@code head}. */
    static Optional<FileType> typeOf(byte[] head) {
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
