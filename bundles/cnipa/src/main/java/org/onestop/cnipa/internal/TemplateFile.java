package org.onestop.cnipa.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template file of the materials checklist as stored (without its content): its stable public address is
 * {@link #address()}; {@code name} is the uploader's file name, cleaned; {@code size} in bytes; {@code uploadedAt}
 * in UTC.
 */
public record TemplateFile(long id, String business, String name, TemplateKind kind, long size, String uploadedBy,
        Instant uploadedAt) {

    private static final Pattern ADDRESS = Pattern.compile("/cnipa/catalogue/[A-Za-z0-9-]+/templates/(\\d{1,18})");

    /** The address anyone downloads it from. */
    public String address() {
        return "/cnipa/catalogue/" + business + "/templates/" + id;
    }

    /** The key of its kind's name in the message catalogue. */
    public String kindKey() {
        return "cnipa.template.kind." + kind.extension();
    }

    /** Its size as people read it: {@code 12 KB}, {@code 1.5 MB} (a space that does not break a line). */
    public String sizeText() {
        return size < 1024 * 1024 ? Math.max(1, (size + 1023) / 1024) + "\u00a0KB"
                : String.format(Locale.ROOT, "%.1f\u00a0MB", size / (1024.0 * 1024.0));
    }

    /** The id of the template file {@code address} names, or -1 when it names none. */
    static long idOf(String address) {
        Matcher found = ADDRESS.matcher(address == null ? "" : address);
        return found.matches() ? Long.parseLong(found.group(1)) : -1;
    }

    /** The name a client sent, without folders, control characters or surrounding blanks, at most 200 characters. */
    static String cleaned(String sent, TemplateKind kind) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "template" + name;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + kind.extension())) {
            name = name + "." + kind.extension();
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
