package org.onestop.api.cases;

import java.util.Objects;

/**
 * An in-app notification (mailed too), in both languages; the recipient reads it in the language of the account.
 *
 * @param subject one line
 * @param text    the message
 * @param link    a path within the gateway to open, e.g. {@code /requests/YS-2026-000123}, or null
 */
public record Notice(Label subject, Label text, String link) {

    public Notice {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
