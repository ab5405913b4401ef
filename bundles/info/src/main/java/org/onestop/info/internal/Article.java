package org.onestop.info.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A news item or notice, whole, in one language.
 *
 * @param slug        its name in URLs
 * @param kind        {@code NEWS} or {@code NOTICE}
 * @param publishedOn publication date
 * @param title       title
 * @param summary     one or two sentences, may be null
 * @param body        paragraphs
 * @param source      the published source of its figures, may be null
 * @param lang        the language of the texts: the one asked for, or Chinese when there is no translation
 */
public record Article(String slug, String kind, LocalDate publishedOn, String title, String summary,
        List<String> body, String source, String lang) {
}
