package org.onestop.console.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OSGi manifest header read into its clauses: {@code a.b;c.d;version="[1,2)";resolution:=optional, e.f}.
 * Commas and semicolons inside quotes belong to the value.
 */
final class ManifestHeader {

    /** One clause: its names (packages, a symbolic name), attributes ({@code =}) and directives ({@code :=}). */
    record Clause(List<String> names, Map<String, String> attributes, Map<String, String> directives) {
    }

    private ManifestHeader() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String text : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(text, ';')) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive < attribute) {
                    directives.put(part.substring(0, directive).strip(), unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    String name = part.substring(0, attribute).strip();
                    int typed = name.indexOf(':');
                    attributes.put(typed > 0 ? name.substring(0, typed).strip() : name,
                            unquote(part.substring(attribute + 1)));
                } else if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
            if (!names.isEmpty()) {
                clauses.add(new Clause(List.copyOf(names), attributes, directives));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
