package org.onestop.cases.internal.attachment;

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

import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadByteCountLimitException;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.RequestContext;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.module.Refusal;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) as it streams in, with the streaming API of Apache Commons
 * FileUpload: text fields are kept in memory (at most {@value #FIELDS} of at most {@value #FIELD_BYTES} bytes each),
 * files (at most {@value #FILES}) are written to temporary files in a folder the caller gives and later deletes.
 * A file growing past the per-file limit, or files together past the per-request limit, or a body longer than all
 * that its parts may hold, stop the reading at once: what was written is deleted and the request is refused with
 * 413. A body that is not well-formed (no boundary, cut short, part headers over {@value #HEADER_BYTES} bytes) is
 * refused with 400. A file field left empty by a browser (no file name, no content) and a part without a name are
 * left out. Part headers are read as UTF-8, as browsers send non-ASCII file names; a file name keeps its path,
 * which {@link FileNames} drops when the file is stored.
 */
final class FormStream {

    static final int FIELDS = 200;
    static final int FIELD_BYTES = 64 * 1024;
    static final int FILES = 50;
    static final int HEADER_BYTES = 16 * 1024;
    /** The most a body may carry besides its files: every field, every part's headers, a preamble. */
    private static final long FORM_BYTES = FIELDS * (long) (FIELD_BYTES + HEADER_BYTES) + FILES * HEADER_BYTES
            + 64 * 1024;

    private final long maxFileBytes;
    private final long maxTotalBytes;

    /** A reader refusing files over {@code maxFileBytes} each, or over {@code maxTotalBytes} together. */
    FormStream(long maxFileBytes, long maxTotalBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /**
     * The boundary that {@code contentType}'s parameters name (RFC 2046: 1 to 70 printable ASCII characters, not
     * ending with a space); refuses (400) a missing or malformed one.
     */
    static String boundary(Map<String, String> mediaTypeParameters) {
        String boundary = mediaTypeParameters.get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70 || boundary.endsWith(" ")
                || !boundary.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw malformed();
        }
        return boundary;
    }

    /**
     * Reads the parts of {@code body}, sent as {@code contentType} with its {@code boundary} (checked by
     * {@link #boundary}); temporary files go to {@code folder}, which must exist.
     */
    FormParts read(InputStream body, String contentType, String boundary, Path folder) throws IOException {
        List<UploadedFile> files = new ArrayList<>();
        boolean done = false;
        try {
            FormParts parts = parts(body, contentType, boundary, folder, files);
            done = true;
            return parts;
        } catch (FileUploadByteCountLimitException e) {
            throw e.getFileName() == null
                    ? new Refusal(413, "attachment.error.fieldTooLong", e.getFieldName(), FIELD_BYTES / 1024)
                    : new Refusal(413, "attachment.error.tooLarge", e.getFileName(),
                            AttachmentRules.megabytes(maxFileBytes));
        } catch (FileUploadSizeException e) {
            throw e.getPermitted() == HEADER_BYTES ? malformed() : tooMuchTogether();
        } catch (FileUploadException e) {
            throw malformed();
        } catch (IllegalArgumentException e) {
            // the library's decoding of an encoded word in a parameter (RFC 2047) throws it for a broken one
            throw malformed();
        } finally {
            if (!done) {
                for (UploadedFile file : files) {
                    Files.deleteIfExists(file.content());
                }
            }
        }
    }

    private FormParts parts(InputStream body, String contentType, String boundary, Path folder,
            List<UploadedFile> files) throws IOException {
        FinalBoundary watched = new FinalBoundary(body, boundary);
        StreamUpload upload = upload();
        FileItemInputIterator items = upload.getItemIterator(new Request(watched, contentType));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int fieldCount = 0;
        long total = 0;
        while (items.hasNext()) {
            FileItemInput item = items.next();
            String fileName = item.isFormField() ? null : fileName(upload, item);
            if (fileName != null) {
                if (files.size() >= FILES) {
                    throw new Refusal(413, "attachment.error.tooManyParts", FILES);
                }
                UploadedFile file = file(item, fileName, folder, maxTotalBytes - total, files);
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
                if (copy(item.getInputStream(), value, FIELD_BYTES) > FIELD_BYTES) {
                    throw new Refusal(413, "attachment.error.fieldTooLong", item.getFieldName(), FIELD_BYTES / 1024);
                }
                fields.computeIfAbsent(item.getFieldName(), n -> new ArrayList<>())
                        .add(value.toString(StandardCharsets.UTF_8));
            }
        }
        if (!watched.closed()) {
            throw malformed();
        }
        return new FormParts(fields, files);
    }

    /** The streaming reader with the limits the library keeps: per file, the whole body, part headers. */
    private StreamUpload upload() {
        StreamUpload upload = new StreamUpload();
        upload.setMaxFileSize(maxFileBytes);
        upload.setMaxSize(maxTotalBytes + FORM_BYTES);
        upload.setMaxPartHeaderSize(HEADER_BYTES);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        return upload;
    }

    /**
     * The file name of a part as the client sent it. Browsers send a quote, CR and LF in it as {@code %22},
     * {@code %0D} and {@code %0A} (HTML spec); other clients escape a quote or a backslash with a backslash
     * (RFC 7230's quoted pair). Other backslashes stay: they separate the folders of an old Windows client's path.
     */
    private static String fileName(StreamUpload upload, FileItemInput item) {
        String name = upload.getFileName(item.getHeaders());
        return name == null ? null
                : name.replace("\\\"", "\"").replace("\\\\", "\\").replace("%22", "\"").replace("%0D", "\r")
                        .replace("%0A", "\n");
    }

    /** Writes a file part to a new temporary file (added to {@code files} at once, so it is deleted on failure). */
    private UploadedFile file(FileItemInput item, String fileName, Path folder, long room, List<UploadedFile> files)
            throws IOException {
        Path content = Files.createTempFile(folder, "part-", ".upload");
        UploadedFile placeholder = new UploadedFile(item.getFieldName(), fileName, item.getContentType(), 0,
                content);
        files.add(placeholder);
        long size;
        try (OutputStream out = Files.newOutputStream(content)) {
            size = copy(item.getInputStream(), out, room);
        }
        if (size > room) {
            throw tooMuchTogether();
        }
        UploadedFile file = new UploadedFile(item.getFieldName(), fileName, item.getContentType(), size, content);
        files.set(files.size() - 1, file);
        return file;
    }

    /** Copies {@code in} to {@code out}; stops as soon as more than {@code max} bytes came and returns the count. */
    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[32 * 1024];
        long copied = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            copied += read;
            if (copied > max) {
                return copied;
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    private Refusal tooMuchTogether() {
        return new Refusal(413, "attachment.error.uploadTooLarge", AttachmentRules.megabytes(maxTotalBytes));
    }

    private static Refusal malformed() {
        return new Refusal(400, "attachment.error.malformed");
    }

    /** The library's reader for a body given as a stream, not as a servlet request. */
    private static final class StreamUpload extends AbstractFileUpload<Request, DiskFileItem, DiskFileItemFactory> {

        @Override
        public FileItemInputIterator getItemIterator(Request request) throws IOException {
            return getItemIterator((RequestContext) request);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(Request request) throws FileUploadException {
            return parseParameterMap((RequestContext) request);
        }

        @Override
        public List<DiskFileItem> parseRequest(Request request) throws FileUploadException {
            return parseRequest((RequestContext) request);
        }
    }

    /** A body and its content type, as the library asks for them; its length is not known in advance. */
    private record Request(InputStream body, String contentType) implements RequestContext {

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }
}
