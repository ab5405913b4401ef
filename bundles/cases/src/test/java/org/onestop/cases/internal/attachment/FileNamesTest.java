package org.onestop.cases.internal.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.FileType;

/** File names made safe, and offered back for download. */
class FileNamesTest {

    @Test
    void namesLoseTheirPathsAndDangerousCharacters() {
        assertEquals("passwd.pdf", FileNames.sanitise("../../etc/passwd", FileType.PDF));
        assertEquals("report.pdf", FileNames.sanitise("C:\\Users\\li\\report.pdf", FileType.PDF));
        assertEquals("a_b_c.png", FileNames.sanitise("a<b>c.png", FileType.PNG));
        assertEquals("invoicefdp.pdf", FileNames.sanitise("invoice\u202Efdp.pdf", FileType.PDF),
                "a right-to-left override is removed");
        assertEquals("ab.pdf", FileNames.sanitise("a\u0000b\r\n.pdf", FileType.PDF));
        assertEquals("_CON.pdf", FileNames.sanitise("CON.pdf", FileType.PDF));
    }

    @Test
    void theExtensionFollowsTheContent() {
        assertEquals("setup.pdf", FileNames.sanitise("setup.exe", FileType.PDF));
        assertEquals("photo.jpeg", FileNames.sanitise("photo.jpeg", FileType.JPEG));
        assertEquals("photo.jpg", FileNames.sanitise("photo.png", FileType.JPEG));
        assertEquals("v1.2 final.pdf", FileNames.sanitise("v1.2 final", FileType.PDF));
        assertEquals("专利申请书.pdf", FileNames.sanitise("专利申请书.PDF".replace("PDF", "pdf"), FileType.PDF));
    }

    @Test
    void nothingLeftBecomesAttachmentAndLongNamesAreCut() {
        assertEquals("attachment.pdf", FileNames.sanitise("", FileType.PDF));
        assertEquals("attachment.png", FileNames.sanitise(" ... .png", FileType.PNG));
        assertEquals("attachment.jpg", FileNames.sanitise(null, FileType.JPEG));
        String cut = FileNames.sanitise("专".repeat(300) + ".pdf", FileType.PDF);
        assertEquals(FileNames.MAX_LENGTH, cut.length());
        assertTrue(cut.endsWith("专.pdf"));
    }

    @Test
    void downloadsNameTheFileInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"attachment.pdf\"; filename*=UTF-8''%E4%B8%93%E5%88%A9.pdf",
                FileNames.contentDisposition("专利.pdf"));
        assertEquals("attachment; filename=\"my report_.pdf\"; filename*=UTF-8''my%20report%22.pdf",
                FileNames.contentDisposition("my report\".pdf"));
    }
}
