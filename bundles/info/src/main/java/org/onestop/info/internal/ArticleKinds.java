package org.onestop.info.internal;

import java.util.Locale;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

import jakarta.ws.rs.BadRequestException;

/** The kinds of article a list may be narrowed to: {@code news} or {@code notice}, any case. */
final class ArticleKinds {

    private ArticleKinds() {
    }

    /** The stored kind for a visitor's value; null for none (all kinds); nonsense is refused. */
    static String parse(String kind, Messages messages, Language language) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        String k = kind.trim().toUpperCase(Locale.ROOT);
        if (k.equals("NEWS") || k.equals("NOTICE")) {
            return k;
        }
        throw new BadRequestException(messages.text(language, "info.error.kind", kind));
    }
}
