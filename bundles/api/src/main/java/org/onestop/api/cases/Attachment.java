package org.onestop.api.cases;

import java.time.Instant;

/**
 * A stored file.
 *
 * @param id          its number
 * @param fileName    the sanitised file name
 * @param mediaType   the type decided from its content
 * @param size        its size in bytes
 * @param sha256      the SHA-256 of its content, hexadecimal
 * @param purpose     what it is for, as the module or the uploader said (e.g. {@code claims}), or null
 * @param uploadedAt  when it was stored
 * @param uploaderName who stored it
 */
public record Attachment(long id, String fileName, String mediaType, long size, String sha256, String purpose,
        Instant uploadedAt, String uploaderName) {
}
