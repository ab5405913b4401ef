package org.onestop.cases.internal.attachment;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.onestop.api.cases.FileType;

/**
 * Safe names for stored files, and the {@code Content-Disposition} that offers them for download. A name keeps
 * only its last path part, loses control characters, bidirectional overrides and invisible marks, has characters
 * reserved on common file systems replaced, is at most {@value #MAX_LENGTH} characters long and ends with the
 * extension of the type its content was found to be ({@code report.exe} that is a PDF becomes
 * {@code report.pdf}); nothing left gives {@code attachment.pdf}.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;
    private static final String FALLBACK = "attachment";
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*\\\\/]");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");
    private static final Set<String> JPEG_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "jfif");

    private FileNames() {
    }

    /** The name {@code given} by a client made safe for a file of type {@code type}. */
    static String sanitise(String given, FileType type) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !invisible(c)).forEach(kept::appendCodePoint);
        name = RESERVED.matcher(kept).replaceAll("_");
        name = name.replaceAll("\\s+", " ");
        String base = name;
        String extension = null;
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
            base = name.substring(0, dot);
            extension = name.substring(dot + 1);
        }
        base = trim(base);
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        if (DEVICE.matcher(base).matches()) {
            base = "_" + base;
        }
        String suffix = "." + (matches(extension, type) ? extension : type.extension());
        return cut(base, MAX_LENGTH - suffix.length()) + suffix;
    }

    /** Whether {@code extension} (may be null) is a usual one for {@code type}. */
    private static boolean matches(String extension, FileType type) {
        if (extension == null) {
            return false;
        }
        String lower = extension.toLowerCase(Locale.ROOT);
        return type == FileType.JPEG ? JPEG_EXTENSIONS.contains(lower) : lower.equals(type.extension());
    }

    /** Control characters, bidirectional controls, zero-width characters and the byte order mark. */
    private static boolean invisible(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x200B && c <= 0x200D) || c == 0xFEFF
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.UNASSIGNED;
    }

    /** Without leading and trailing spaces and dots (which some systems drop or treat specially). */
    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '.')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** At most {@code length} characters, never splitting a character made of two. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return trim(text.substring(0, end));
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266 and 8187): an ASCII name for old clients,
     * with any other character replaced, and the exact name, percent-encoded, for the others.
     */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        String fallback = ascii.toString();
        int dot = fallback.lastIndexOf('.');
        if (fallback.substring(0, Math.max(dot, 0)).replace("_", "").isBlank()) {
            fallback = FALLBACK + (dot >= 0 ? fallback.substring(dot) : "");
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
