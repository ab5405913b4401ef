package org.onestop.info.internal;

import java.time.LocalDate;

/**
 * A news item or notice as lists show it.
 *
 * @param slug        its name in URLs
 * @param kind        {@code NEWS} or {@code NOTICE}
 * @param publishedOn publication date
 * @param title       title
 * @param summary     one or two sentences, may be null
 * @param lang        the language of the texts
 */
public record ArticleSummary(String slug, String kind, LocalDate publishedOn, String title, String summary,
        String lang) {
}
