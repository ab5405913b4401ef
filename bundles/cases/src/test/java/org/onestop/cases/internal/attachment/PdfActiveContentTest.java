package org.onestop.cases.internal.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

/** PDFs with and without active content, as people send them and as someone hiding a script would. */
class PdfActiveContentTest {

    private static final String CATALOG = "1 0 obj\n<< /Type /Catalog /Pages 2 0 R%s >>\nendobj\n";
    private static final String PAGES = "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n";

    @Test
    void aPlainDocumentHasNone() {
        assertEquals(Set.of(), scan(pdf(String.format(CATALOG, "") + PAGES)));
    }

    @Test
    void openingOnAPageIsNoActionButOpeningWithAScriptIs() {
        assertEquals(Set.of(), scan(pdf(String.format(CATALOG, " /OpenAction [3 0 R /Fit]") + PAGES)),
                "a destination, as word processors write it");
        assertEquals(Set.of("OpenAction", "JavaScript"), scan(pdf(String.format(CATALOG, " /OpenAction 4 0 R")
                + PAGES + "4 0 obj\n<< /S /JavaScript /JS (this.exportDataObject\\({cName: 'x'}\\)) >>\nendobj\n")));
        assertEquals(Set.of("OpenAction", "Launch"), scan(pdf(String.format(CATALOG,
                " /OpenAction << /S /Launch /F (cmd.exe) >>") + PAGES)));
    }

    @Test
    void additionalActionsEmbeddedFilesAndEscapedNamesAreFound() {
        assertEquals(Set.of("AA"), scan(pdf(String.format(CATALOG, "") + PAGES.replace("/MediaBox",
                "/AA << /O 5 0 R >> /MediaBox"))));
        assertEquals(Set.of("EmbeddedFile"), scan(pdf(String.format(CATALOG, " /Names << /EmbeddedFiles 6 0 R >>")
                + PAGES)));
        assertEquals(Set.of("JavaScript"), scan(pdf(String.format(CATALOG, " /Names << /J#61vaScript 7 0 R >>")
                + PAGES)), "#61 is an a");
    }

    @Test
    void aScriptHiddenInACompressedObjectStreamIsFound() {
        byte[] objects = deflate("4 0 5 60 << /S /JavaScript /JS 9 0 R >> << /Type /Annot >>");
        String head = String.format(CATALOG, " /OpenAction 4 0 R") + PAGES
                + "8 0 obj\n<< /Type /ObjStm /N 2 /First 10 /Filter /FlateDecode /Length " + objects.length
                + " >>\nstream\n";
        assertEquals(Set.of("OpenAction", "JavaScript"), scan(concat(pdf(head).getBytes(StandardCharsets
                .ISO_8859_1), objects, "\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1))));
    }

    @Test
    void wordsInTextCommentsAndImageDataAreNoContent() {
        String text = String.format(CATALOG, "") + PAGES
                + "4 0 obj\n<< /Title (How to disable /JavaScript in \\(old\\) readers) >>\nendobj\n"
                + "% a comment naming /OpenAction << /JS >>\n";
        byte[] image = new byte[200_000];
        new Random(7).nextBytes(image);
        byte[] marker = "/JS /Launch /AA ".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(marker, 0, image, 1000, marker.length);
        String head = pdf(text) + "5 0 obj\n<< /Type /XObject /Subtype /Image /Filter /DCTDecode /Length "
                + image.length + " >>\nstream\n";
        assertEquals(Set.of(), scan(concat(head.getBytes(StandardCharsets.ISO_8859_1), image,
                "\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1))));
    }

    private static Set<String> scan(String pdf) {
        return scan(pdf.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Set<String> scan(byte[] pdf) {
        return PdfActiveContent.of(pdf);
    }

    private static String pdf(String objects) {
        return "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n" + objects;
    }

    private static byte[] deflate(String text) {
        Deflater deflater = new Deflater();
        deflater.setInput(text.getBytes(StandardCharsets.ISO_8859_1));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
