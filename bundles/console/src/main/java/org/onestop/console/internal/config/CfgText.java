package org.onestop.console.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a {@code .cfg} file as the gateway's watcher reads it (the rules of {@code java.util.Properties}, in
 * UTF-8), rewritten with some settings changed: comments, blank lines and the order of the lines stay; a setting
 * the file has is changed in its line (the key as written, its separator kept), a setting it lacks is added at the
 * end, a setting removed loses its line only. Values are written escaped, so that the watcher reads back exactly
 * the value given.
 */
final class CfgText {

    private final List<String> lines;

    private CfgText(List<String> lines) {
        this.lines = lines;
    }

    /** The file's text; empty for a file that does not exist yet. */
    static CfgText of(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return new CfgText(lines);
    }

    /** The settings of the file, key to value, as the watcher reads them (the last of a repeated key wins). */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Entry e : entries()) {
            settings.put(e.key(), e.value());
        }
        return settings;
    }

    /**
     * The text with {@code changes} made: a key to its new value, or to null to take the setting out of the file
     * (the component's default then applies).
     */
    String with(Map<String, String> changes) {
        List<String> out = new ArrayList<>(lines);
        Map<String, Entry> last = new LinkedHashMap<>();
        for (Entry e : entries()) {
            last.put(e.key(), e);
        }
        // from the end, so that the line numbers of the entries still to change stay right
        List<Entry> touched = new ArrayList<>(last.values());
        touched.sort((a, b) -> Integer.compare(b.first(), a.first()));
        for (Entry e : touched) {
            if (!changes.containsKey(e.key())) {
                continue;
            }
            String value = changes.get(e.key());
            for (int i = e.last(); i >= e.first(); i--) {
                out.remove(i);
            }
            if (value != null) {
                out.add(e.first(), e.prefix() + escape(value, false));
            }
        }
        for (Map.Entry<String, String> change : changes.entrySet()) {
            if (!last.containsKey(change.getKey()) && change.getValue() != null) {
                out.add(escape(change.getKey(), true) + "=" + escape(change.getValue(), false));
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** One setting of the file: its lines (a value may go on over several), the key and separator as written. */
    private record Entry(int first, int last, String key, String prefix, String value) {
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.stripLeading();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int first = i;
            StringBuilder logical = new StringBuilder(trimmed);
            while (continues(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(lines.get(++i).stripLeading());
            }
            if (continues(logical)) {
                logical.setLength(logical.length() - 1);
            }
            String text = logical.toString();
            int keyEnd = keyEnd(text);
            int valueStart = valueStart(text, keyEnd);
            String key = unescape(text.substring(0, keyEnd));
            String indent = line.substring(0, line.length() - trimmed.length());
            String prefix = valueStart == keyEnd || valueStart > trimmed.length()
                    ? indent + escape(key, true) + "=" : indent + text.substring(0, valueStart);
            entries.add(new Entry(first, i, key, prefix, unescape(text.substring(valueStart))));
        }
        return entries;
    }

    /** Whether a line ends in an odd number of backslashes, so that the value goes on in the next line. */
    private static boolean continues(CharSequence line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static int keyEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                return i;
            }
        }
        return text.length();
    }

    private static int valueStart(String text, int keyEnd) {
        int i = keyEnd;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
            i++;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'
                    || text.charAt(i) == '\f')) {
                i++;
            }
        }
        return i;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /**
     * A key or value escaped for the file: backslashes, line breaks and tabs always, a leading space of a value,
     * and in a key the characters that would end it. Other characters (Chinese too) are written as they are.
     */
    static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                case '=', ':', '#', '!' -> out.append(key ? "\\" + c : String.valueOf(c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
