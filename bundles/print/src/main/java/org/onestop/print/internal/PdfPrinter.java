package org.onestop.print.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.onestop.api.print.Block;
import org.onestop.api.print.PrintedDocument;
import org.onestop.api.print.Printer;
import org.osgi.service.component.annotations.Component;

/**
 * Prints documents with Apache PDFBox in WenQuanYi Micro Hei (a TrueType CJK font shipped in the bundle under the
 * Apache License 2.0), embedded as a subset so a one-page document weighs a few dozen KB. The font file is read
 * from the bundle once per class loader and shared read-only; every print parses its own copy, so one printer
 * serves any number of threads.
 */
@Component(service = Printer.class)
public final class PdfPrinter implements Printer {

    static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The PostScript name of the collection's proportional face (the other is its monospaced twin). */
    private static final String FONT_NAME = "WenQuanYiMicroHei";

    private static volatile byte[] fontFile;

    private final byte[] font;

    /** A printer; the first one reads the font from the bundle. */
    public PdfPrinter() {
        this.font = fontFile();
    }

    @Override
    public byte[] pdf(PrintedDocument document) throws IOException {
        try (TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(font));
                PDDocument pdf = new PDDocument()) {
            TrueTypeFont face = collection.getFontByName(FONT_NAME);
            if (face == null) {
                throw new IOException("the font " + FONT_RESOURCE + " has no face " + FONT_NAME);
            }
            PDType0Font type0 = PDType0Font.load(pdf, face, true);
            Glyphs glyphs = new Glyphs(face.getUnicodeCmapLookup());
            List<List<PageLayout.Mark>> pages;
            try {
                pages = PageLayout.fit(type0, document.blocks().stream().map(glyphs::clean).toList());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (List<PageLayout.Mark> marks : pages) {
                PDPage page = new PDPage(PageLayout.PAGE);
                pdf.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    for (PageLayout.Mark mark : marks) {
                        draw(pdf, stream, type0, mark);
                    }
                }
            }
            describe(pdf, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void draw(PDDocument pdf, PDPageContentStream stream, PDType0Font font, PageLayout.Mark mark)
            throws IOException {
        stream.saveGraphicsState();
        if (mark instanceof PageLayout.Words words) {
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
        } else if (mark instanceof PageLayout.Rule rule) {
            colour(stream, rule.red());
            stream.setLineWidth(rule.thickness());
            stream.moveTo(rule.x1(), rule.y());
            stream.lineTo(rule.x2(), rule.y());
            stream.stroke();
        } else if (mark instanceof PageLayout.Image image) {
            PDImageXObject picture = PDImageXObject.createFromByteArray(pdf, image.picture().png(),
                    image.picture().description());
            stream.drawImage(picture, image.x(), image.y(), image.width(), image.height());
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

    /** The document's title, subject, author, keywords, producer and language, and a viewer that shows the title. */
    private static void describe(PDDocument pdf, PrintedDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        if (!document.subject().isEmpty()) {
            info.setSubject(document.subject());
        }
        info.setAuthor(document.author());
        if (!document.keywords().isEmpty()) {
            info.setKeywords(document.keywords());
        }
        info.setCreator(document.creator());
        info.setProducer("OneStop");
        info.setCreationDate(Calendar.getInstance());
        pdf.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static byte[] fontFile() {
        byte[] file = fontFile;
        if (file == null) {
            synchronized (PdfPrinter.class) {
                file = fontFile;
                if (file == null) {
                    try (InputStream in = PdfPrinter.class.getResourceAsStream(FONT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the bundle lacks its font " + FONT_RESOURCE);
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
}
