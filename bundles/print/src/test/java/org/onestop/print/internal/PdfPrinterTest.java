package org.onestop.print.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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

    @Test
    void aPictureIsPlacedAsTheImageItIsBetweenTheText() throws IOException {
        BufferedImage board = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                board.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? 0xffffff : 0);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(board, "png", png);

        byte[] pdf = PRINTER.pdf(document(List.of(new Block.Heading("培训入场凭证"),
                new Block.Picture(png.toByteArray(), 50, "入场二维码"), new Block.Paragraph(Phrase.of("请出示此码。"),
                        false))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertEquals(1, images.size());
            BufferedImage placed = images.get(0).getImage();
            assertEquals(40, placed.getWidth());
            assertEquals(20, placed.getHeight());
            assertEquals(0xffffff, placed.getRGB(5, 5) & 0xffffff, "white stays white");
            assertEquals(0, placed.getRGB(15, 5) & 0xffffff, "black stays black");
            String compact = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(compact.contains("培训入场凭证请出示此码。"), compact);
        }
        assertThrows(IllegalArgumentException.class, () -> new Block.Picture(new byte[] {1, 2, 3}, 50, "x"),
                "only PNG");
    }
}
