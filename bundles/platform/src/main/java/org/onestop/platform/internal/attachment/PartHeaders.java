package org.onestop.platform.internal.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The headers of one part of a {@code multipart/form-data} body (RFC 7578): its field name and, for a file, the
 * file name from {@code Content-Disposition} and the declared {@code Content-Type}. Header bytes are read as
 * UTF-8, as browsers send non-ASCII file names; {@code filename*} (RFC 8187, e.g. {@code UTF-8''%E4%B8%AD.pdf})
 * wins over {@code filename} when both are given.
 *
 * @param name     the field's name, or null if the part has none
 * @param fileName the file name as sent, or null for a text field
 * @param type     the declared content type, or null
 */
record PartHeaders(String name, String fileName, String type) {

    /** Whether the part is a file (it has a file name parameter, even an empty one). */
    boolean file() {
        return fileName != null;
    }

    /** Reads the headers of a part from its header lines (without their line ends). */
    static PartHeaders of(Iterable<byte[]> lines) {
        String disposition = null;
        String type = null;
        for (byte[] raw : lines) {
            String line = new String(raw, StandardCharsets.UTF_8);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-disposition")) {
                disposition = value;
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        if (disposition == null) {
            return new PartHeaders(null, null, type);
        }
        Map<String, String> parameters = parameters(disposition);
        String fileName = parameters.containsKey("filename*") ? extended(parameters.get("filename*")) : null;
        if (fileName == null) {
            fileName = parameters.get("filename");
        }
        return new PartHeaders(parameters.get("name"), fileName, type);
    }

    /** The parameters of a header value {@code form-data; name="a"; filename*=UTF-8''b}, names in lower case. */
    static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new HashMap<>();
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            i++;
            while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            int equals = value.indexOf('=', i);
            int semicolon = value.indexOf(';', i);
            if (equals < 0 || semicolon >= 0 && semicolon < equals) {
                i = semicolon;
                continue;
            }
            String name = value.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            i = equals + 1;
            while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            StringBuilder text = new StringBuilder();
            if (i < value.length() && value.charAt(i) == '"') {
                i++;
                while (i < value.length() && value.charAt(i) != '"') {
                    char c = value.charAt(i);
                    if (c == '\\' && i + 1 < value.length()) {
                        c = value.charAt(++i);
                    }
                    text.append(c);
                    i++;
                }
                i = value.indexOf(';', i);
            } else {
                int end = value.indexOf(';', i);
                text.append(value.substring(i, end < 0 ? value.length() : end).strip());
                i = end;
            }
            parameters.putIfAbsent(name, name.equals("filename") ? browserEscapes(text.toString()) : text.toString());
        }
        return parameters;
    }

    /** An RFC 8187 value {@code charset'language'percent-encoded}, decoded; null if it is not one. */
    static String extended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(value.substring(0, first).strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String encoded = value.substring(second + 1);
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) >= 0
                    && hex(encoded.charAt(i + 2)) >= 0) {
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(charset);
    }

    /** Browsers send a quote, CR and LF in a file name as {@code %22}, {@code %0D} and {@code %0A} (HTML spec). */
    private static String browserEscapes(String name) {
        return name.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
