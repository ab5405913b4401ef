package org.onestop.lookup.internal.patent;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads USPTO full-text XML of the v4.x DTD family (patent grants {@code us-patent-grant} and application
 * publications {@code us-patent-application}, 2005 onwards). A file may hold one document or, like the weekly bulk
 * files, many documents one after the other, each starting with its own XML declaration.
 *
 * <p>Nothing is ever fetched: the DTD a document names is not read, external entities are not resolved (the
 * resolver refuses every attempt), and a document whose DOCTYPE declares entities of its own is refused as a
 * whole, since that is how entity-expansion and external-entity attacks come.
 */
public final class UsptoXmlReader {

    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final XMLInputFactory FACTORY = secureFactory();

    private UsptoXmlReader() {
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setXMLResolver(refuseEverything());
        return factory;
    }

    private static XMLResolver refuseEverything() {
        return (publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        };
    }

    /** Reads every document of a file into {@code sink}; a document that cannot be read is reported and skipped. */
    public static void read(String fileName, InputStream in, RecordSink sink) throws Exception {
        BufferedInputStream input = new BufferedInputStream(in, 1 << 16);
        ByteArrayOutputStream document = new ByteArrayOutputStream(1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int position = 0;
        int b;
        boolean any = false;
        while ((b = input.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                position = flushLine(fileName, line, document, position, sink);
                any = true;
            }
        }
        if (line.size() > 0) {
            position = flushLine(fileName, line, document, position, sink);
            any = true;
        }
        if (document.size() > 0 && !blank(document)) {
            readDocument(fileName, Math.max(position, 1), document.toByteArray(), sink);
        } else if (!any) {
            sink.reject(ImportProblem.of(fileName, 0, "lookup.import.error.empty"));
        }
    }

    /** Moves a line into the current document, starting a new document at an XML declaration. */
    private static int flushLine(String fileName, ByteArrayOutputStream line, ByteArrayOutputStream document,
            int position, RecordSink sink) throws Exception {
        byte[] bytes = line.toByteArray();
        line.reset();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        boolean declaration = bytes.length - start >= 5 && bytes[start] == '<' && bytes[start + 1] == '?'
                && bytes[start + 2] == 'x' && bytes[start + 3] == 'm' && bytes[start + 4] == 'l';
        int next = position;
        if (declaration) {
            if (document.size() > 0 && !blank(document)) {
                readDocument(fileName, position, document.toByteArray(), sink);
            }
            document.reset();
            next = position + 1;
        }
        document.write(bytes, start, bytes.length - start);
        return next;
    }

    private static boolean blank(ByteArrayOutputStream document) {
        for (byte b : document.toByteArray()) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static void readDocument(String fileName, int position, byte[] bytes, RecordSink sink)
            throws Exception {
        PatentRecord record;
        try {
            record = parse(fileName, bytes);
        } catch (RefusedDocument e) {
            sink.reject(ImportProblem.of(fileName, position, e.getMessage()));
            return;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            sink.reject(at == null || at.getLineNumber() < 1
                    ? ImportProblem.of(fileName, position, "lookup.import.error.xml")
                    : ImportProblem.of(fileName, position, "lookup.import.error.xmlAt",
                            String.valueOf(at.getLineNumber()), String.valueOf(Math.max(1, at.getColumnNumber()))));
            return;
        } catch (RuntimeException e) {
            sink.reject(ImportProblem.of(fileName, position, "lookup.import.error.xml"));
            return;
        }
        sink.accept(record, position);
    }

    /** A document refused as a whole; the message is a message key. */
    static final class RefusedDocument extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedDocument(String key) {
            super(key, null, false, false);
        }
    }

    static PatentRecord parse(String fileName, byte[] bytes) throws XMLStreamException, RefusedDocument {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
        try {
            UsptoDocument document = new UsptoDocument(fileName);
            boolean root = false;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        if (ENTITY_DECLARATION.matcher(xml.getText()).find()) {
                            throw new RefusedDocument("lookup.import.error.entity");
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new RefusedDocument("lookup.import.error.entity");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        if (!root) {
                            root = true;
                            if (!name.equals("us-patent-grant") && !name.equals("us-patent-application")) {
                                throw new RefusedDocument("lookup.import.error.notUspto");
                            }
                        }
                        document.start(name, xml.getAttributeValue(null, "appl-type"),
                                xml.getAttributeValue(null, "app-type"));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        document.text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    case XMLStreamConstants.END_ELEMENT -> document.end(xml.getLocalName());
                    default -> {
                        // comments, processing instructions: nothing to read
                    }
                }
            }
            return document.record();
        } finally {
            xml.close();
        }
    }
}
