package org.onestop.cnipa.internal;

import java.util.regex.Pattern;

/**
 * An item of a catalogue entry's materials checklist, written as a line {@code name | 原件 | 1 | template} (the kind
 * 原件/original or 复印件/copy, the number of copies, and the address of a template to download, optional: a page of
 * this gateway or an https address).
 */
public record Material(String name, boolean original, int count, String template) {

    private static final Pattern TEMPLATE = Pattern.compile("(/[A-Za-z0-9/._~%-]*|https://[A-Za-z0-9.-]+(/\\S*)?)");

    /** The item a well-formed line describes. */
    static Material parse(String line) {
        String[] parts = line.split("\\|", -1);
        if (parts.length < 3 || parts.length > 4 || parts[0].isBlank()) {
            throw new IllegalArgumentException("not an item: " + line);
        }
        String kind = parts[1].strip();
        boolean original = kind.equals("原件") || kind.equalsIgnoreCase("original");
        if (!original && !kind.equals("复印件") && !kind.equalsIgnoreCase("copy")) {
            throw new IllegalArgumentException("neither original nor copy: " + line);
        }
        int count = Integer.parseInt(parts[2].strip());
        if (count < 1 || count > 99) {
            throw new IllegalArgumentException("copies out of 1-99: " + line);
        }
        String template = parts.length == 4 ? parts[3].strip() : "";
        if (!template.isEmpty() && !TEMPLATE.matcher(template).matches()) {
            throw new IllegalArgumentException("not a template address: " + line);
        }
        return new Material(parts[0].strip(), original, count, template);
    }

    /**
     * {@code text} with the template address of its {@code item}-th item (from 1) set to {@code address}, every
     * other line as it was; {@code text} itself when it has no such item.
     */
    static String withTemplate(String text, int item, String address) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && ++seen == item) {
                String[] parts = lines[i].split("\\|", -1);
                lines[i] = String.join(" | ", parts[0].strip(), parts[1].strip(), parts[2].strip(), address);
                return String.join("\n", lines);
            }
        }
        return text;
    }

    /** Whether every non-blank line of {@code text} is an item, and there is at least one. */
    static boolean allWellFormed(String text) {
        int items = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                parse(line);
                items++;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return items > 0;
    }
}
