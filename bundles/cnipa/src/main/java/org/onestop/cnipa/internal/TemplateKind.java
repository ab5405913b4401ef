package org.onestop.cnipa.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A kind of template file the catalogue accepts, decided by the file's content alone (its leading bytes and, for
 * the zip-based formats, the parts it holds), never by its name or the type the browser declared: PDF, Word and
 * Excel (the old binary formats and the Office Open XML ones), OpenDocument text and spreadsheet.
 */
enum TemplateKind {
    PDF("application/pdf", "pdf"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods");

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final String mediaType;
    private final String extension;

    TemplateKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The usual extension, without the dot; also the name the kind is stored under. */
    String extension() {
        return extension;
    }

    /** The kind stored as {@code extension}. */
    static TemplateKind stored(String extension) {
        return valueOf(extension.toUpperCase());
    }

    /** What {@code content} is, if it is one of the accepted kinds. */
    static Optional<TemplateKind> of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, OLE2)) {
            // the compound file's directory names its streams in UTF-16LE
            if (holds(content, "WordDocument")) {
                return Optional.of(DOC);
            }
            return holds(content, "Workbook") || holds(content, "Book") ? Optional.of(XLS) : Optional.empty();
        }
        return startsWith(content, ZIP) ? zipped(content) : Optional.empty();
    }

    private static Optional<TemplateKind> zipped(byte[] content) {
        boolean types = false;
        TemplateKind office = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                String name = part.getName();
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return type.equals(ODT.mediaType) ? Optional.of(ODT) : type.equals(ODS.mediaType)
                            ? Optional.of(ODS) : Optional.empty();
                }
                types |= name.equals("[Content_Types].xml");
                office = name.equals("word/document.xml") ? DOCX : name.equals("xl/workbook.xml") ? XLSX : office;
                if (types && office != null) {
                    return Optional.of(office);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean holds(byte[] content, String streamName) {
        byte[] name = (streamName + "\0").getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + name.length <= content.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (content[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
