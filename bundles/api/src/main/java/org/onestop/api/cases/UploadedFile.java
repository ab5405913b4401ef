package org.onestop.api.cases;

import java.nio.file.Path;

/**
 * A file received in a {@code multipart/form-data} body, held by the platform in a temporary file until the
 * request ends.
 *
 * @param field        the form field's name
 * @param fileName     the name the client gave, as sent (not yet sanitised)
 * @param declaredType the content type the client declared (not trusted)
 * @param size         its size in bytes
 * @param content      the temporary file holding it
 */
public record UploadedFile(String field, String fileName, String declaredType, long size, Path content) {
}
