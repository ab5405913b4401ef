package org.onestop.platform.internal.attachment;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.module.Refusal;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578, boundaries as in RFC 2046) as it streams in: text fields
 * are kept in memory (at most {@value #FIELDS} of at most {@value #FIELD_BYTES} bytes each), files are written to
 * temporary files in a folder the caller gives and later deletes. A file growing past the per-file limit, or files
 * together past the per-request limit, stop the reading at once: what was written is deleted and the request is
 * refused with 413. A body that is not well-formed is refused with 400. A file field left empty by a browser (no
 * name, no content) is left out.
 */
final class MultipartParser {

    static final int FIELDS = 200;
    static final int FIELD_BYTES = 64 * 1024;
    static final int FILES = 50;
    private static final int HEADER_LINE = 8 * 1024;
    private static final int HEADER_LINES = 16;
    private static final int PREAMBLE = 64 * 1024;

    private final long maxFileBytes;
    private final long maxTotalBytes;

    /** A parser refusing files over {@code maxFileBytes} each, or over {@code maxTotalBytes} together. */
    MultipartParser(long maxFileBytes, long maxTotalBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The boundary of a body as its content type names it; refuses (400) a missing or malformed one. */
    static String boundary(Map<String, String> mediaTypeParameters) {
        String boundary = mediaTypeParameters.get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70 || boundary.endsWith(" ")
                || !boundary.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw malformed();
        }
        return boundary;
    }

    /** Reads the parts of {@code body}; temporary files go to {@code folder}, which must exist. */
    FormParts read(InputStream body, String boundary, Path folder) throws IOException {
        List<UploadedFile> files = new ArrayList<>();
        boolean done = false;
        try {
            FormParts parts = parts(new DelimitedInput(body), boundary, folder, files);
            done = true;
            return parts;
        } catch (DelimitedInput.Truncated e) {
            throw malformed();
        } finally {
            if (!done) {
                for (UploadedFile file : files) {
                    Files.deleteIfExists(file.content());
                }
            }
        }
    }

    private FormParts parts(DelimitedInput in, String boundary, Path folder, List<UploadedFile> files)
            throws IOException {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int fieldCount = 0;
        long total = 0;
        try {
            in.copyUntil(delimiter, OutputStream.nullOutputStream(), PREAMBLE);
        } catch (DelimitedInput.TooLong e) {
            throw malformed();
        }
        while (!in.skip(new byte[] {'-', '-'})) {
            if (!new String(in.line(HEADER_LINE), StandardCharsets.US_ASCII).isBlank()) {
                throw malformed();
            }
            PartHeaders headers = headers(in);
            if (headers.file()) {
                if (files.size() >= FILES) {
                    throw new Refusal(413, "attachment.error.tooManyParts", FILES);
                }
                UploadedFile file = file(in, delimiter, headers, folder, maxTotalBytes - total, files);
                total += file.size();
                if (file.size() == 0 && file.fileName().isEmpty()) {
                    files.remove(file);
                    Files.deleteIfExists(file.content());
                }
            } else {
                if (++fieldCount > FIELDS) {
                    throw new Refusal(413, "attachment.error.tooManyParts", FIELDS);
                }
                ByteArrayOutputStream value = new ByteArrayOutputStream();
                try {
                    in.copyUntil(delimiter, value, FIELD_BYTES);
                } catch (DelimitedInput.TooLong e) {
                    throw new Refusal(413, "attachment.error.fieldTooLong", headers.name(), FIELD_BYTES / 1024);
                }
                if (headers.name() != null) {
                    fields.computeIfAbsent(headers.name(), n -> new ArrayList<>())
                            .add(value.toString(StandardCharsets.UTF_8));
                }
            }
        }
        return new FormParts(fields, files);
    }

    /** The header lines of a part, up to the empty line that ends them. */
    private static PartHeaders headers(DelimitedInput in) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        try {
            for (byte[] line = in.line(HEADER_LINE); line.length > 0; line = in.line(HEADER_LINE)) {
                if (lines.size() == HEADER_LINES) {
                    throw malformed();
                }
                lines.add(line);
            }
        } catch (DelimitedInput.TooLong e) {
            throw malformed();
        }
        return PartHeaders.of(lines);
    }

    /** Writes a file part to a new temporary file (added to {@code files} at once, so it is deleted on failure). */
    private UploadedFile file(DelimitedInput in, byte[] delimiter, PartHeaders headers, Path folder, long room,
            List<UploadedFile> files) throws IOException {
        Path content = Files.createTempFile(folder, "part-", ".upload");
        String name = headers.name() == null ? "" : headers.name();
        UploadedFile placeholder = new UploadedFile(name, headers.fileName(), headers.type(), 0, content);
        files.add(placeholder);
        long size;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(content), 32 * 1024)) {
            size = in.copyUntil(delimiter, out, Math.min(maxFileBytes, room));
        } catch (DelimitedInput.TooLong e) {
            throw room < maxFileBytes
                    ? new Refusal(413, "attachment.error.uploadTooLarge", AttachmentRules.megabytes(maxTotalBytes))
                    : new Refusal(413, "attachment.error.tooLarge", headers.fileName(),
                            AttachmentRules.megabytes(maxFileBytes));
        }
        UploadedFile file = new UploadedFile(name, headers.fileName(), headers.type(), size, content);
        files.set(files.size() - 1, file);
        return file;
    }

    private static Refusal malformed() {
        return new Refusal(400, "attachment.error.malformed");
    }
}
