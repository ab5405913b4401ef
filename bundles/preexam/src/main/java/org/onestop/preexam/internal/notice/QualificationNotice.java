package org.onestop.preexam.internal.notice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes the qualification notice (预审合格通知书) of a qualified pre-examination request as a one-page A4 PDF in
 * Chinese: the centre's banner, the heading, the pre-examination and request numbers, the organisation it is
 * addressed to, the request's particulars, the instruction to file the application with the China National
 * Intellectual Property Administration through the fast-track channel by the filing deadline on pain of losing
 * the qualification, and the centre's name and date. The text is set in WenQuanYi Micro Hei (a TrueType CJK font
 * shipped in the bundle under the Apache License 2.0), embedded as a subset so a notice weighs a few dozen KB.
 *
 * <p>The font file is read from the bundle once per class loader and shared read-only; every {@link #render}
 * parses its own copy, so an instance may be shared by any number of threads.
 */
public final class QualificationNotice {

    static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The PostScript name of the collection's proportional face (the other is its monospaced twin). */
    private static final String FONT_NAME = "WenQuanYiMicroHei";
    /** How the notice writes a date: 2026年3月16日. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String HEADING = "预审合格通知书";
    /** Stands for a character the font has no glyph for (rare characters beyond GB 18030's common range). */
    private static final int MISSING = '□';

    private static volatile byte[] fontFile;

    private final byte[] font;

    /** A notice writer; the first one reads the font from the bundle. */
    public QualificationNotice() {
        this.font = fontFile();
    }

    /** The PDF of the notice that says {@code content}. */
    public byte[] render(NoticeContent content) throws IOException {
        try (TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(font));
                PDDocument document = new PDDocument()) {
            TrueTypeFont face = collection.getFontByName(FONT_NAME);
            if (face == null) {
                throw new IOException("the notice font " + FONT_RESOURCE + " has no face " + FONT_NAME);
            }
            PDType0Font type0 = PDType0Font.load(document, face, true);
            List<List<NoticeLayout.Mark>> pages;
            try {
                pages = NoticeLayout.fit(type0, blocks(content, new Glyphs(face.getUnicodeCmapLookup())));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (List<NoticeLayout.Mark> marks : pages) {
                PDPage page = new PDPage(NoticeLayout.PAGE);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    for (NoticeLayout.Mark mark : marks) {
                        draw(stream, type0, mark);
                    }
                }
            }
            describe(document, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** What the notice says, top to bottom. */
    private static List<NoticeBlock> blocks(NoticeContent c, Glyphs glyphs) {
        String centre = glyphs.clean(c.centreName());
        String number = glyphs.clean(c.preexamNumber());
        String deadline = DATE.format(c.filingDeadline());
        List<NoticeBlock> blocks = new ArrayList<>();
        blocks.add(new NoticeBlock.Banner(centre));
        blocks.add(new NoticeBlock.Heading(HEADING));
        blocks.add(new NoticeBlock.Reference(new Phrase().text("预审编号：").keep(number)));
        blocks.add(new NoticeBlock.Reference(new Phrase().text("请求编号：").keep(glyphs.clean(c.trackingNumber()))));
        blocks.add(new NoticeBlock.Gap(0.4f));
        blocks.add(new NoticeBlock.Paragraph(Phrase.of(glyphs.clean(c.organisationName()) + "："), false));
        blocks.add(new NoticeBlock.Paragraph(Phrase.of("你单位提交的下列专利申请预审请求，经" + centre
                + "预审，符合预审要求，准予预审合格。"), true));
        blocks.add(new NoticeBlock.Particular(c.design() ? "使用外观设计的产品名称" : "发明创造名称",
                Phrase.of(glyphs.clean(c.title()))));
        blocks.add(new NoticeBlock.Particular("专利类型", Phrase.of(glyphs.clean(c.patentType()))));
        Phrase applicants = new Phrase();
        for (int i = 0; i < c.applicants().size(); i++) {
            applicants.text((i == 0 ? "" : "；") + glyphs.clean(c.applicants().get(i)));
        }
        blocks.add(new NoticeBlock.Particular("申请人", applicants));
        if (!c.creditCode().isBlank()) {
            blocks.add(new NoticeBlock.Particular("统一社会信用代码", new Phrase().keep(glyphs.clean(c.creditCode()))));
        }
        blocks.add(new NoticeBlock.Particular(c.design() ? "洛迦诺分类号" : "主分类号",
                new Phrase().keep(glyphs.clean(c.classification()))));
        blocks.add(new NoticeBlock.Particular("预审合格日期", new Phrase().keep(DATE.format(c.qualifiedOn()))));
        blocks.add(new NoticeBlock.Particular("申请提交期限", new Phrase().keep(deadline).text("（含当日）")));
        blocks.add(new NoticeBlock.Gap(0.4f));
        blocks.add(new NoticeBlock.Paragraph(new Phrase().text("请你单位于").keep(deadline)
                .text("前（含当日），通过专利预审快速通道向国家知识产权局提交上述专利申请，并注明预审编号")
                .keep(number).text("。提交的申请文件应与预审合格的文件一致。逾期未提交的，本预审合格资格自动失效。"),
                true));
        blocks.add(new NoticeBlock.Paragraph(Phrase.of("特此通知。"), true));
        blocks.add(new NoticeBlock.Gap(1.5f));
        blocks.add(new NoticeBlock.Signature(List.of(centre, DATE.format(c.qualifiedOn()))));
        return blocks;
    }

    private static void draw(PDPageContentStream stream, PDType0Font font, NoticeLayout.Mark mark)
            throws IOException {
        stream.saveGraphicsState();
        if (mark instanceof NoticeLayout.Words words) {
            colour(stream, words.red());
            stream.beginText();
            stream.setFont(font, words.size());
            if (words.bold()) {
                // the face has no bold: its outline is stroked as well as filled
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setLineWidth(words.size() / 36f);
            }
            stream.newLineAtOffset(words.x(), words.y());
            stream.showText(words.text());
            stream.endText();
        } else if (mark instanceof NoticeLayout.Rule rule) {
            colour(stream, rule.red());
            stream.setLineWidth(rule.thickness());
            stream.moveTo(rule.x1(), rule.y());
            stream.lineTo(rule.x2(), rule.y());
            stream.stroke();
        }
        stream.restoreGraphicsState();
    }

    private static void colour(PDPageContentStream stream, boolean red) throws IOException {
        if (red) {
            stream.setNonStrokingColor(0.8f, 0.05f, 0.05f);
            stream.setStrokingColor(0.8f, 0.05f, 0.05f);
        } else {
            stream.setNonStrokingColor(0f, 0f, 0f);
            stream.setStrokingColor(0f, 0f, 0f);
        }
    }

    /** The document's title, author, producer and language, and a viewer that shows the title. */
    private static void describe(PDDocument document, NoticeContent c) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(HEADING + "（" + c.preexamNumber() + "）");
        info.setSubject(c.title());
        info.setAuthor(c.centreName());
        info.setKeywords(c.preexamNumber() + ", " + c.trackingNumber());
        info.setCreator("OneStop preexam");
        info.setProducer("OneStop");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static byte[] fontFile() {
        byte[] file = fontFile;
        if (file == null) {
            synchronized (QualificationNotice.class) {
                file = fontFile;
                if (file == null) {
                    try (InputStream in = QualificationNotice.class.getResourceAsStream(FONT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the bundle lacks its notice font " + FONT_RESOURCE);
                        }
                        file = in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    fontFile = file;
                }
            }
        }
        return file;
    }

    /**
     * Makes text safe to set in the face: white space and control characters become a space, invisible format
     * characters go, a character the face lacks becomes □.
     */
    private record Glyphs(CmapLookup cmap) {
        String clean(String text) {
            StringBuilder clean = new StringBuilder(text.length());
            text.strip().codePoints().forEach(cp -> {
                if (Character.getType(cp) == Character.FORMAT) {
                    return;
                }
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    clean.append(' ');
                } else {
                    clean.appendCodePoint(cmap.getGlyphId(cp) > 0 ? cp : MISSING);
                }
            });
            return clean.toString();
        }
    }
}
