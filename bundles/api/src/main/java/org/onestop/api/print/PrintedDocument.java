package org.onestop.api.print;

import java.util.List;
import java.util.Objects;

/**
 * What a printed document says, top to bottom, and how its PDF describes itself.
 *
 * @param title    the document's title in its properties (shown by viewers), e.g. 预审合格通知书（YS2026000001）
 * @param subject  its subject, or empty
 * @param author   who issues it, e.g. the centre's name
 * @param keywords its keywords (numbers to search by), or empty
 * @param creator  the module that made it, e.g. {@code OneStop preexam}
 * @param blocks   what it says, top to bottom
 */
public record PrintedDocument(String title, String subject, String author, String keywords, String creator,
        List<Block> blocks) {

    public PrintedDocument {
        Objects.requireNonNull(title, "title");
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(author, "author");
        keywords = keywords == null ? "" : keywords;
        Objects.requireNonNull(creator, "creator");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }
}
