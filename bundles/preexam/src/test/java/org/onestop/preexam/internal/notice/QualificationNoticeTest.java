package org.onestop.preexam.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.onestop.print.internal.PdfPrinter;

class QualificationNoticeTest {

    private static final QualificationNotice NOTICE = new QualificationNotice(new PdfPrinter());
    private static final String CENTRE = "中国（福建）知识产权保护中心";
    private static final String NUMBER = "YS2026FJ000123";
    private static final String ORGANISATION = "福州闽江生物科技有限公司";
    private static final String CREDIT_CODE = "91350100MA2XYZ1234";
    private static final String TITLE = "一种基于CRISPR-Cas9的水稻抗病基因编辑方法及其应用";

    private static NoticeContent content(String title, List<String> applicants) {
        return new NoticeContent(CENTRE, NUMBER, "YS-2026-00042", title, "发明", false, applicants, ORGANISATION,
                CREDIT_CODE, "C12N 15/10", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 16));
    }

    @Test
    void aDesignsNoticeNamesTheProductAndItsLocarnoClass() throws IOException {
        byte[] pdf = NOTICE.render(new NoticeContent(CENTRE, NUMBER, "YS-2026-00043", "稀土永磁电机外壳", "外观设计", true,
                List.of(ORGANISATION), ORGANISATION, CREDIT_CODE, "13-01", LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 3, 16)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String compact = compact(new PDFTextStripper().getText(document));
            assertTrue(compact.contains("使用外观设计的产品名称：稀土永磁电机外壳"), compact);
            assertTrue(compact.contains("洛迦诺分类号：13-01"), compact);
            assertTrue(compact.contains("外观设计"), compact);
            assertTrue(!compact.contains("主分类号") && !compact.contains("发明创造名称"), compact);
        }
    }

    @Test
    void aNoticeSaysItsNumberDeadlineTitleAndOrganisationInChinese() throws IOException {
        byte[] pdf = NOTICE.render(content(TITLE, List.of(ORGANISATION, "福建农林大学")));

        assertTrue(pdf.length < 200 * 1024, "a notice of " + pdf.length + " bytes");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            String compact = compact(text);
            assertTrue(text.contains(NUMBER), text);
            assertTrue(text.contains("2026年3月16日"), text);
            assertTrue(text.contains("2026年1月15日"), text);
            assertTrue(compact.contains(compact(TITLE)), text);
            assertTrue(text.contains(ORGANISATION + "："), text);
            assertTrue(text.contains("预审合格通知书"), text);
            assertTrue(compact.contains("国家知识产权局"), text);
            assertTrue(compact.contains("福建农林大学"), text);
            assertTrue(text.contains("C12N 15/10"), text);
            assertTrue(compact.contains("统一社会信用代码：" + CREDIT_CODE), text);
            assertTrue(text.contains("YS-2026-00042"), text);

            assertEquals("OneStop", document.getDocumentInformation().getProducer());
            assertEquals("预审合格通知书（" + NUMBER + "）", document.getDocumentInformation().getTitle());
            assertEquals("zh-CN", document.getDocumentCatalog().getLanguage());
            assertSubsetEmbedded(document.getPage(0));
        }
    }

    @Test
    void aLongTitleAndManyApplicantsWrapInsideThePage() throws IOException {
        String title = "一种用于高通量测序文库构建的 microfluidic droplet 分选装置、系统、方法、计算机可读存储介质"
                + "及其在单细胞转录组分析、肿瘤早期筛查和病原微生物快速鉴定中的应用".repeat(3)
                + "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        List<String> applicants = IntStream.rangeClosed(1, 24)
                .mapToObj(i -> "福建省第" + i + "生物医药产业技术研究院有限责任公司").toList();

        byte[] pdf = NOTICE.render(content(title, applicants));

        assertTrue(pdf.length < 200 * 1024, "a notice of " + pdf.length + " bytes");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            List<TextPosition> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        float millimetre = 72f / 25.4f;
                        if (p.getXDirAdj() < 20 * millimetre || p.getXDirAdj() + p.getWidthDirAdj() > width - 20 * millimetre
                                || p.getYDirAdj() < 15 * millimetre || p.getYDirAdj() > height - 15 * millimetre) {
                            outside.add(p);
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            String compact = compact(stripper.getText(document));
            assertTrue(outside.isEmpty(), "outside the margins: " + outside);
            assertTrue(compact.contains(compact(title)), compact);
            applicants.forEach(a -> assertTrue(compact.contains(a), a));
            assertTrue(compact.contains("2026年3月16日"), compact);
            assertTrue(compact.contains(NUMBER), compact);
        }
    }

    @Test
    void aNoticeTooLongForOnePageRunsOnRatherThanLosingText() throws IOException {
        List<String> applicants = IntStream.rangeClosed(1, 200).mapToObj(i -> "第" + i + "号申请人有限公司").toList();

        byte[] pdf = NOTICE.render(content(TITLE, applicants));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1);
            String compact = compact(new PDFTextStripper().getText(document));
            applicants.forEach(a -> assertTrue(compact.contains(a), a));
            assertTrue(compact.contains("2026年3月16日"), compact);
        }
    }

    @Test
    void aCharacterTheFontLacksIsShownAsABoxAndWhiteSpaceIsTidied() throws IOException {
        byte[] pdf = NOTICE.render(content("含生僻字\uD840\uDC00的\n装置\u200B", List.of("张\t三")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("含生僻字□的 装置"), text);
            assertTrue(text.contains("张 三"), text);
        }
    }

    @Test
    void oneWriterServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String title = TITLE + i;
                renders.add(pool.submit(() -> NOTICE.render(content(title, List.of(ORGANISATION)))));
            }
            for (int i = 0; i < renders.size(); i++) {
                try (PDDocument document = Loader.loadPDF(renders.get(i).get())) {
                    assertTrue(compact(new PDFTextStripper().getText(document)).contains(compact(TITLE + i)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every font on the page is the notice's face, embedded as a TrueType subset (prefix ABCDEF+). */
    private static void assertSubsetEmbedded(PDPage page) throws IOException {
        List<COSName> names = new ArrayList<>();
        page.getResources().getFontNames().forEach(names::add);
        assertFalse(names.isEmpty());
        for (COSName name : names) {
            PDFont font = page.getResources().getFont(name);
            assertTrue(font instanceof PDType0Font, font.getName());
            assertTrue(font.isEmbedded(), font.getName());
            assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), font.getName());
            PDCIDFontType2 descendant = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
            assertNotNull(descendant.getFontDescriptor().getFontFile2(), "a TrueType font file");
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
