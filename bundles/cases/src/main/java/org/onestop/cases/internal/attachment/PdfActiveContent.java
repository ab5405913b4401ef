package org.onestop.cases.internal.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds what in a PDF can act on its own when a reader opens it: scripts ({@code /JavaScript}, {@code /JS}), an
 * action run on opening ({@code /OpenAction} naming an action, not merely the page to show), additional actions
 * ({@code /AA}), launching programs ({@code /Launch}), embedded files ({@code /EmbeddedFile(s)}) and rich media.
 * The file is read as PDF syntax: names count, also when spelled with {@code #xx} escapes, but not inside strings,
 * comments or the data of streams (image data that happens to hold the bytes {@code /JS} is no script); compressed
 * object streams ({@code /Type /ObjStm}, Flate) are inflated, within a bound, and read too. The file is flagged, not
 * changed: staff see what was found.
 */
final class PdfActiveContent {

    /** What each name found is reported as. */
    private static final Map<String, String> ACTIVE = Map.of("JavaScript", "JavaScript", "JS", "JavaScript",
            "OpenAction", "OpenAction", "AA", "AA", "Launch", "Launch", "EmbeddedFile", "EmbeddedFile",
            "EmbeddedFiles", "EmbeddedFile", "RichMedia", "RichMedia");
    /** The most bytes inflated from the object streams of one file. */
    private static final long INFLATE_BUDGET = 64L * 1024 * 1024;

    private final Set<String> found = new TreeSet<>();
    private long inflated;

    private PdfActiveContent() {
    }

    /** The kinds of active content in the PDF {@code file}, sorted; empty for none. */
    static Set<String> of(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    static Set<String> of(byte[] pdf) {
        PdfActiveContent scan = new PdfActiveContent();
        scan.read(pdf, 0, pdf.length, true);
        return Set.copyOf(scan.found);
    }

    /** Reads the syntax of {@code b[from, to)}; {@code streams}: whether stream data may occur (not in an ObjStm). */
    private void read(byte[] b, int from, int to, boolean streams) {
        Set<String> sinceObject = new HashSet<>();
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c == '%') {
                while (i < to && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
            } else if (c == '(') {
                i = afterLiteral(b, i, to);
                continue;
            } else if (c == '<' && i + 1 < to && b[i + 1] == '<') {
                i += 2; // a dictionary begins
                continue;
            } else if (c == '<') {
                while (i < to && b[i] != '>') {
                    i++;
                }
            } else if (c == '/') {
                int end = i + 1;
                while (end < to && regular(b[end])) {
                    end++;
                }
                String name = decode(b, i + 1, end);
                sinceObject.add(name);
                note(name, b, end, to);
                i = end;
                continue;
            } else if (streams && keyword(b, i, to, "obj")) {
                sinceObject.clear();
            } else if (streams && keyword(b, i, to, "stream")) {
                i = stream(b, i + "stream".length(), to, sinceObject);
                continue;
            }
            i++;
        }
    }

    /** Notes an active name; {@code /OpenAction} only when it names an action rather than a destination array. */
    private void note(String name, byte[] b, int after, int to) {
        String kind = ACTIVE.get(name);
        if (kind == null) {
            return;
        }
        if (name.equals("OpenAction")) {
            int next = after;
            while (next < to && whitespace(b[next])) {
                next++;
            }
            if (next < to && b[next] == '[') {
                return;
            }
        }
        found.add(kind);
    }

    /** Skips the data of a stream; an object stream's data is inflated and read. Answers where reading goes on. */
    private int stream(byte[] b, int at, int to, Set<String> dictionary) {
        int data = at;
        if (data < to && b[data] == '\r') {
            data++;
        }
        if (data < to && b[data] == '\n') {
            data++;
        }
        int end = indexOf(b, "endstream".getBytes(StandardCharsets.US_ASCII), data, to);
        int stop = end < 0 ? to : end;
        if (dictionary.contains("ObjStm") && (dictionary.contains("FlateDecode") || !dictionary.contains("Filter"))) {
            byte[] objects = dictionary.contains("FlateDecode") ? inflate(b, data, stop) : slice(b, data, stop);
            if (objects != null) {
                read(objects, 0, objects.length, false);
            }
        }
        return end < 0 ? to : end + "endstream".length();
    }

    private byte[] inflate(byte[] b, int from, int to) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(b, from, to - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                int n = inflater.inflate(buffer);
                inflated += n;
                if (inflated > INFLATE_BUDGET) {
                    found.add("Unchecked");
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException notFlate) {
            return null; // encrypted or damaged: its dictionaries cannot be read
        } finally {
            inflater.end();
        }
    }

    /** Skips a literal string, with its nested parentheses and escapes; answers the index after it. */
    private static int afterLiteral(byte[] b, int at, int to) {
        int depth = 0;
        for (int i = at; i < to; i++) {
            if (b[i] == '\\') {
                i++;
            } else if (b[i] == '(') {
                depth++;
            } else if (b[i] == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return to;
    }

    /** A name's characters with {@code #xx} escapes decoded. */
    private static String decode(byte[] b, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b[i] == '#' && i + 2 < to && hex(b[i + 1]) >= 0 && hex(b[i + 2]) >= 0) {
                name.append((char) (hex(b[i + 1]) * 16 + hex(b[i + 2])));
                i += 2;
            } else {
                name.append((char) (b[i] & 0xFF));
            }
        }
        return name.toString();
    }

    /** Whether {@code word} stands at {@code at} as a keyword: delimited before and after. */
    private static boolean keyword(byte[] b, int at, int to, String word) {
        int end = at + word.length();
        if (end > to || (at > 0 && regular(b[at - 1])) || (end < to && regular(b[end]))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (b[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean regular(byte c) {
        return !whitespace(c) && "()<>[]{}/%".indexOf(c) < 0;
    }

    private static boolean whitespace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static int hex(byte c) {
        return Character.digit(c, 16);
    }

    private static int indexOf(byte[] b, byte[] word, int from, int to) {
        outer:
        for (int i = from; i <= to - word.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (b[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }
}
