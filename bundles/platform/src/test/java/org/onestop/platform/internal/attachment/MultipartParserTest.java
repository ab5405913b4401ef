package org.onestop.platform.internal.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.module.Refusal;

/** Reading multipart/form-data bodies as browsers and scripts send them. */
class MultipartParserTest {

    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    @TempDir
    Path folder;

    private final MultipartParser parser = new MultipartParser(1024, 4096);

    /** A body being written by hand: parts appended one by one, raw bytes. */
    private static final class Body {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Body text(String s) {
            bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Body bytes(byte[] b) {
            bytes.writeBytes(b);
            return this;
        }

        Body field(String name, String value) {
            return text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
        }

        Body file(String disposition, String type, byte[] content) {
            return text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\nContent-Type: "
                    + type + "\r\n\r\n").bytes(content).text("\r\n");
        }

        byte[] end() {
            return text("--" + BOUNDARY + "--\r\n").bytes.toByteArray();
        }
    }

    private FormParts read(byte[] body) throws IOException {
        return parser.read(new ByteArrayInputStream(body), BOUNDARY, folder);
    }

    /** Hands out at most a few bytes per read, as a slow network does. */
    private static InputStream trickling(byte[] body) {
        return new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }

    private long filesLeft() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void fieldsAndFilesAreReadWithChineseNames() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new Body()
                .field("purpose", "权利要求书")
                .field("purpose", "second")
                .file("name=\"file\"; filename=\"专利申请书.pdf\"", "application/pdf", pdf)
                .file("name=\"file\"; filename=\"fallback.png\"; filename*=UTF-8''%E8%AF%B4%E6%98%8E%E4%B9%A6.png",
                        "image/png", new byte[] {1, 2, 3})
                .end();

        FormParts parts = parser.read(trickling(body), BOUNDARY, folder);

        assertEquals(Map.of("purpose", List.of("权利要求书", "second")), parts.fields());
        List<UploadedFile> files = parts.files("file");
        assertEquals(2, files.size());
        assertEquals("专利申请书.pdf", files.get(0).fileName());
        assertEquals("application/pdf", files.get(0).declaredType());
        assertEquals(pdf.length, files.get(0).size());
        assertArrayEquals(pdf, Files.readAllBytes(files.get(0).content()));
        assertEquals("说明书.png", files.get(1).fileName(), "filename* wins");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(files.get(1).content()));
        assertTrue(files.get(0).content().startsWith(folder));
    }

    @Test
    void aBoundaryLikeSequenceInsideAFileIsContent() throws Exception {
        // RFC 2046: only CRLF "--" boundary delimits; the boundary elsewhere, or a part of it, is content
        byte[] content = ("line one\r\n--" + BOUNDARY.substring(0, 30) + "\r\n-" + BOUNDARY
                + " and --" + BOUNDARY + "-- mid-line\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new Body().text("a preamble that is ignored\r\n")
                .file("name=\"file\"; filename=\"a.pdf\"", "application/pdf", content).end();

        FormParts parts = read(body);

        assertArrayEquals(content, Files.readAllBytes(parts.files().get(0).content()));
    }

    @Test
    void aFileOverTheLimitStopsTheReadingAndLeavesNothing() throws Exception {
        byte[] big = new byte[1025];
        byte[] body = new Body().file("name=\"file\"; filename=\"ok.pdf\"", "application/pdf", new byte[10])
                .file("name=\"file\"; filename=\"big.pdf\"", "application/pdf", big).end();
        int[] consumed = {0};
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(n, 0);
                return n;
            }
        };

        Refusal refusal = assertThrows(Refusal.class, () -> parser.read(counting, BOUNDARY, folder));

        assertEquals(413, refusal.status());
        assertEquals("attachment.error.tooLarge", refusal.key());
        assertEquals("big.pdf", refusal.arguments()[0]);
        assertEquals(0, filesLeft(), "the partial file and the earlier one are deleted");
    }

    @Test
    void filesTogetherOverTheRequestLimitAreRefused() throws Exception {
        Body body = new Body();
        for (int i = 0; i < 5; i++) {
            body.file("name=\"file\"; filename=\"f" + i + ".pdf\"", "application/pdf", new byte[1000]);
        }
        Refusal refusal = assertThrows(Refusal.class, () -> read(body.end()));
        assertEquals("attachment.error.uploadTooLarge", refusal.key());
        assertEquals(0, filesLeft());
    }

    @Test
    void aTruncatedBodyIsRefusedAsMalformed() throws Exception {
        byte[] body = new Body().file("name=\"file\"; filename=\"a.pdf\"", "application/pdf", new byte[100]).end();
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 30);

        Refusal refusal = assertThrows(Refusal.class, () -> read(cut));

        assertEquals(400, refusal.status());
        assertEquals(0, filesLeft());
    }

    @Test
    void anEmptyFileFieldIsLeftOutAndAMissingBoundaryRefused() throws Exception {
        byte[] body = new Body().field("back", "/requests/YS-2026-000001")
                .file("name=\"file\"; filename=\"\"", "application/octet-stream", new byte[0]).end();

        FormParts parts = read(body);

        assertEquals(List.of(), parts.files());
        assertEquals("/requests/YS-2026-000001", parts.field("back").orElseThrow());
        assertEquals(0, filesLeft());
        assertEquals(400, assertThrows(Refusal.class, () -> MultipartParser.boundary(Map.of())).status());
    }

    @Test
    void dispositionParametersAreParsedPerTheRfcs() {
        assertEquals(new PartHeaders("f", "a \"quoted\"; name.pdf", null), PartHeaders.of(List.of(
                "content-disposition: form-data; name=f; filename=\"a \\\"quoted\\\"; name.pdf\""
                        .getBytes(StandardCharsets.UTF_8))));
        assertEquals("€ rates.pdf", PartHeaders.extended("UTF-8'en'%E2%82%AC%20rates.pdf"));
        assertEquals(null, PartHeaders.extended("no quotes"));
    }
}
