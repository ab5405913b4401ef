package org.onestop.api.cases;

import java.time.Instant;
import java.util.List;

/**
 * A stored file.
 *
 * @param id            its number
 * @param fileName      the sanitised file name
 * @param mediaType     the type decided from its content
 * @param size          its size in bytes
 * @param sha256        the SHA-256 of its content, hexadecimal
 * @param purpose       what it is for, as the module or the uploader said (e.g. {@code claims}), or null
 * @param uploadedAt    when it was stored
 * @param uploaderName  who stored it
 * @param activeContent what in the file can act on its own when it is opened, found when it was stored (for a
 *                      PDF: {@code JavaScript}, {@code OpenAction}, {@code AA}, {@code Launch},
 *                      {@code EmbeddedFile}, {@code RichMedia}, or {@code Unchecked} for parts too large to look
 *                      into); empty when nothing was found. Staff are warned before they open such a file.
 * @since 1.2
 */
public record Attachment(long id, String fileName, String mediaType, long size, String sha256, String purpose,
        Instant uploadedAt, String uploaderName, List<String> activeContent) {

    public Attachment {
        activeContent = activeContent == null ? List.of() : List.copyOf(activeContent);
    }

    /** A file in which nothing active was found. */
    public Attachment(long id, String fileName, String mediaType, long size, String sha256, String purpose,
            Instant uploadedAt, String uploaderName) {
        this(id, fileName, mediaType, size, sha256, purpose, uploadedAt, uploaderName, List.of());
    }
}
