package org.onestop.cases.internal.attachment;

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

/** Reading multipart/form-data bodies as browsers and scripts send them, and as broken or hostile clients do. */
class FormStreamTest {

    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    @TempDir
    Path folder;

    private final FormStream form = new FormStream(1024, 4096);

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
        return read(new ByteArrayInputStream(body));
    }

    private FormParts read(InputStream body) throws IOException {
        return form.read(body, "multipart/form-data; boundary=" + BOUNDARY, BOUNDARY, folder);
    }

    private Refusal refused(byte[] body) {
        return assertThrows(Refusal.class, () -> read(body));
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

        FormParts parts = read(trickling(body));

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

        Refusal refusal = assertThrows(Refusal.class, () -> read(counting));

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
        assertEquals(400, assertThrows(Refusal.class, () -> FormStream.boundary(Map.of())).status());
    }

    @Test
    void dispositionParametersAreParsedPerTheRfcs() throws Exception {
        byte[] body = new Body()
                .file("name=f; filename=\"a \\\"quoted\\\"; name.pdf\"", "application/pdf", new byte[] {1})
                .file("name=\"f\"; filename=\"%22browser%22 quotes.pdf\"", "application/pdf", new byte[] {2})
                .file("name=\"f\"; filename*=UTF-8'en'%E2%82%AC%20rates.pdf", "application/pdf", new byte[] {3})
                .end();

        List<String> names = read(body).files("f").stream().map(UploadedFile::fileName).toList();

        assertEquals(List.of("a \"quoted\"; name.pdf", "\"browser\" quotes.pdf", "€ rates.pdf"), names);
    }

    @Test
    void aBodyCutShortAnywhereIsMalformedAndLeavesNoFile() throws Exception {
        byte[] whole = new Body().field("purpose", "certificate")
                .file("name=\"file\"; filename=\"a.pdf\"", "application/pdf", new byte[100]).end();
        String closing = "\r\n--" + BOUNDARY + "--\r\n";
        // without the final boundary; without its closing dashes; inside the headers of a part; no body at all
        for (int cut : new int[] {closing.length(), 4, whole.length - 150, whole.length}) {
            byte[] body = java.util.Arrays.copyOf(whole, whole.length - cut);

            final int c = cut;
            Refusal refusal = assertThrows(Refusal.class, () -> read(body), () -> "cut " + c);

            assertEquals(400, refusal.status(), "cut " + cut);
            assertEquals("attachment.error.malformed", refusal.key());
            assertEquals(0, filesLeft());
        }
        assertEquals(400, refused("no boundary in here\r\n".getBytes(StandardCharsets.US_ASCII)).status());
    }

    @Test
    void aFormWithoutPartsIsEmptyNotMalformed() throws Exception {
        FormParts parts = read(new Body().end());

        assertEquals(Map.of(), parts.fields());
        assertEquals(List.of(), parts.files());
    }

    @Test
    void partsWithoutANameAreLeftOutAndTheOthersKept() throws Exception {
        byte[] body = new Body()
                .text("--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nnameless value\r\n")
                .file("filename=\"nameless.pdf\"", "application/pdf", new byte[10])
                .field("purpose", "claims")
                .file("name=\"file\"; filename=\"kept.pdf\"", "application/pdf", new byte[] {7})
                .end();

        FormParts parts = read(body);

        assertEquals(Map.of("purpose", List.of("claims")), parts.fields());
        assertEquals(List.of("kept.pdf"), parts.files().stream().map(UploadedFile::fileName).toList());
        assertEquals(1, filesLeft(), "the nameless file is not written");
    }

    @Test
    void aPartWithoutANameCannotCarryAnEndlessBody() {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent < head.length ? head[(int) sent++] & 0xFF : 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len && sent < head.length) {
                    b[off + n++] = head[(int) sent++];
                }
                java.util.Arrays.fill(b, off + n, off + len, (byte) 'x');
                return len;
            }
        };

        Refusal refusal = assertThrows(Refusal.class, () -> read(endless));

        assertEquals(413, refusal.status());
        assertEquals("attachment.error.uploadTooLarge", refusal.key());
    }

    @Test
    void fileNamesArePassedOnAsSentWithPathsAndAnyLanguage() throws Exception {
        byte[] gbk = "专利申请书.pdf".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] body = new Body()
                .file("name=\"file\"; filename=\"C:\\Users\\高玲\\Desktop\\摘要.pdf\"", "application/pdf",
                        new byte[] {1})
                .file("name=\"file\"; filename=\"../../etc/passwd\"", "application/pdf", new byte[] {2})
                .text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").bytes(gbk)
                .text("\"\r\nContent-Type: application/pdf\r\n\r\n").bytes(new byte[] {3}).text("\r\n")
                .file("name=\"file\"; filename=\"🐎 내몽골 Ölçü.pdf\"", "application/pdf", new byte[] {4})
                .end();

        List<UploadedFile> files = read(body).files("file");

        assertEquals("C:\\Users\\高玲\\Desktop\\摘要.pdf", files.get(0).fileName());
        assertEquals("摘要.pdf", FileNames.sanitise(files.get(0).fileName(), org.onestop.api.cases.FileType.PDF));
        assertEquals("../../etc/passwd", files.get(1).fileName());
        assertEquals("passwd.pdf", FileNames.sanitise(files.get(1).fileName(), org.onestop.api.cases.FileType.PDF));
        assertTrue(files.get(2).fileName().endsWith(".pdf") && files.get(2).fileName().contains("\uFFFD"),
                "a name in GBK is read as UTF-8, as before: " + files.get(2).fileName());
        assertArrayEquals(new byte[] {3}, Files.readAllBytes(files.get(2).content()), "its content is intact");
        assertEquals("🐎 내몽골 Ölçü.pdf", files.get(3).fileName());
    }

    @Test
    void partHeadersOverTheLimitAreMalformed() throws Exception {
        String longName = "长".repeat(FormStream.HEADER_BYTES / 3) + ".pdf";
        byte[] body = new Body().file("name=\"file\"; filename=\"" + longName + "\"", "application/pdf", new byte[1])
                .end();
        String fitting = "长".repeat(1000) + ".pdf";

        Refusal refusal = refused(body);

        assertEquals(400, refusal.status());
        assertEquals("attachment.error.malformed", refusal.key());
        assertEquals(fitting, read(new Body().file("name=\"file\"; filename=\"" + fitting + "\"", "application/pdf",
                new byte[1]).end()).files().get(0).fileName(), "a long Chinese name within the limit is read");
    }

    @Test
    void tooManyPartsOrAFieldTooLongAreRefusedWith413() throws Exception {
        Body fields = new Body();
        for (int i = 0; i <= FormStream.FIELDS; i++) {
            fields.field("f" + i, "v");
        }
        Body files = new Body();
        for (int i = 0; i <= FormStream.FILES; i++) {
            files.file("name=\"file\"; filename=\"f" + i + ".pdf\"", "application/pdf", new byte[1]);
        }
        byte[] longField = new Body().field("comment", "x".repeat(FormStream.FIELD_BYTES + 1)).end();
        FormStream roomy = new FormStream(1024 * 1024, 4 * 1024 * 1024);

        Refusal tooManyFields = refused(fields.end());
        Refusal tooManyFiles = refused(files.end());
        Refusal tooLong = assertThrows(Refusal.class, () -> roomy.read(new ByteArrayInputStream(longField),
                "multipart/form-data; boundary=" + BOUNDARY, BOUNDARY, folder));

        assertEquals(List.of(413, 413, 413), List.of(tooManyFields.status(), tooManyFiles.status(), tooLong.status()));
        assertEquals("attachment.error.tooManyParts", tooManyFields.key());
        assertEquals(FormStream.FILES, tooManyFiles.arguments()[0]);
        assertEquals("attachment.error.fieldTooLong", tooLong.key());
        assertEquals("comment", tooLong.arguments()[0]);
        assertEquals(0, filesLeft());
        assertEquals("x".repeat(FormStream.FIELD_BYTES), roomy.read(new ByteArrayInputStream(new Body()
                .field("comment", "x".repeat(FormStream.FIELD_BYTES)).end()), "multipart/form-data; boundary="
                + BOUNDARY, BOUNDARY, folder).field("comment").orElseThrow(), "a field of exactly the limit is read");
    }

    @Test
    void encodedWordsInFileNamesAreDecodedAndBrokenOnesRefusedOrKeptAsSent() throws Exception {
        Map<String, String> outcomes = new java.util.LinkedHashMap<>();
        for (String name : List.of("filename=\"=?UTF-8?B?5LiT5YipLnBkZg==?=\"", "filename=\"=?UTF-8?B?Q?=\"",
                "filename=\"=?no such?Q?=ZZ?=\"", "filename*=no such'zh'%E4%B8")) {
            byte[] body = new Body().file("name=\"file\"; " + name, "application/pdf", new byte[] {1}).end();
            try {
                outcomes.put(name, read(body).files("file").get(0).fileName());
            } catch (Refusal refusal) {
                outcomes.put(name, refusal.status() + " " + refusal.key());
            }
        }

        assertEquals(List.of("专利.pdf", "400 attachment.error.malformed", "=?no such?Q?=ZZ?=", "no such'zh'%E4%B8"),
                List.copyOf(outcomes.values()), outcomes::toString);
        assertEquals(3, filesLeft(), "the files of the three forms read; none of the refused one");
    }
}
