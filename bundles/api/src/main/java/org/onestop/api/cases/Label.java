package org.onestop.api.cases;

import java.util.Objects;

import org.onestop.api.i18n.Language;

/**
 * A short text in both languages of the portal, as a workflow declares it (a status, a transition, a deadline).
 *
 * @param zh the Chinese text
 * @param en the English text
 */
public record Label(String zh, String en) {

    public Label {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Label of(String zh, String en) {
        return new Label(zh, en);
    }

    /** The text in {@code language}. */
    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }
}
