package org.onestop.platform.internal.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little markup operators write texts such as the user agreement in, turned into HTML: {@code ## } and
 * {@code ### } headings, paragraphs separated by blank lines, lists ({@code - } or {@code 1. }), {@code **bold**}
 * and links {@code [text](/path)} to this site, {@code https://} or {@code mailto:} addresses. Everything else is
 * text: HTML in the file is shown as written, never run.
 */
final class TextMarkup {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(((?:/|https://|mailto:)[^)\\s\"<>]*)\\)");
    private static final Pattern ORDERED = Pattern.compile("\\d{1,3}[.、)] .*");

    private TextMarkup() {
    }

    static String html(String text) {
        StringBuilder html = new StringBuilder();
        String list = null;
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            String kind = line.startsWith("- ") || line.startsWith("* ") ? "ul" : ORDERED.matcher(line).matches()
                    ? "ol" : null;
            if (line.isEmpty() || line.startsWith("#") || kind != null) {
                flush(html, paragraph);
            }
            if (list != null && !list.equals(kind)) {
                html.append("</").append(list).append(">\n");
                list = null;
            }
            if (line.startsWith("### ")) {
                html.append("<h3>").append(inline(line.substring(4))).append("</h3>\n");
            } else if (line.startsWith("## ") || line.startsWith("# ")) {
                html.append("<h2>").append(inline(line.substring(line.indexOf(' ') + 1))).append("</h2>\n");
            } else if (kind != null) {
                if (list == null) {
                    html.append('<').append(kind).append(">\n");
                    list = kind;
                }
                html.append("<li>").append(inline(line.substring(line.indexOf(' ') + 1))).append("</li>\n");
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(inline(line));
            }
        }
        flush(html, paragraph);
        if (list != null) {
            html.append("</").append(list).append(">\n");
        }
        return html.toString();
    }

    private static void flush(StringBuilder html, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            html.append("<p>").append(paragraph).append("</p>\n");
            paragraph.setLength(0);
        }
    }

    /** One line: escaped, then bold and links. */
    private static String inline(String line) {
        String escaped = escape(line);
        escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        Matcher link = LINK.matcher(escaped);
        return link.replaceAll(m -> Matcher.quoteReplacement("<a href=\"" + m.group(2) + "\">" + m.group(1)
                + "</a>"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
