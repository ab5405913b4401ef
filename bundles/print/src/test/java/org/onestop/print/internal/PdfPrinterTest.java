package org.onestop.print.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onestop.api.print.Block;
import org.onestop.api.print.Phrase;
import org.onestop.api.print.PrintedDocument;

class PdfPrinterTest {

    private static final PdfPrinter PRINTER = new PdfPrinter();

    private static PrintedDocument document(List<Block> blocks) {
        return new PrintedDocument("意见书（WQ-2026-000001）", "", "内蒙古自治区知识产权保护中心", "WQ-2026-000001",
                "OneStop test", blocks);
    }

    @Test
    void aDocumentSaysItsBlocksInChineseAndDescribesItself() throws IOException {
        byte[] pdf = PRINTER.pdf(document(List.of(new Block.Banner("内蒙古自治区知识产权保护中心"),
                new Block.Heading("知识产权维权援助意见书"), new Block.Reference(new Phrase().text("编号：")
                        .keep("WQ-2026-000001")),
                new Block.Particular("对方当事人", Phrase.of("包头某电器有限公司")),
                new Block.Paragraph(Phrase.of("经审查，被控侵权产品落入涉案专利权利要求1的保护范围。"), true),
                new Block.Signature(List.of("内蒙古自治区知识产权保护中心", "2026年12月3日")))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String compact = text.replaceAll("\\s+", "");
            assertEquals(1, document.getNumberOfPages());
            assertTrue(compact.contains("知识产权维权援助意见书"), text);
            assertTrue(compact.contains("对方当事人：包头某电器有限公司"), text);
            assertTrue(compact.contains("落入涉案专利权利要求1的保护范围"), text);
            assertTrue(text.contains("WQ-2026-000001"), text);
            assertEquals("意见书（WQ-2026-000001）", document.getDocumentInformation().getTitle());
            assertEquals("OneStop test", document.getDocumentInformation().getCreator());
            assertEquals("zh-CN", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aDocumentTooLongForOnePageRunsOnAndAMissingGlyphIsABox() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            blocks.add(new Block.Paragraph(Phrase.of("第" + i + "段：生僻字\uD840\uDC00\u200B。"), true));
        }

        try (PDDocument document = Loader.loadPDF(PRINTER.pdf(document(blocks)))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(document.getNumberOfPages() > 1);
            assertTrue(text.contains("第120段：生僻字□。"), text);
        }
    }
}
