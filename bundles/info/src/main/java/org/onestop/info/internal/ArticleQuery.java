package org.onestop.info.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.onestop.api.module.Paging;

/**
 * What a visitor asks of the news list.
 *
 * @param words words that must all appear in the title (Chinese or English), none for all
 * @param kind  {@code NEWS}, {@code NOTICE}, or null for both
 * @param page  page number, from 1
 * @param size  items per page
 */
public record ArticleQuery(List<String> words, String kind, int page, int size) {

    /** Items per page, at most. */
    static final int MAX_SIZE = 100;

    /** A query from the raw text a visitor typed: words split at spaces, lower-cased. */
    static ArticleQuery of(String text, String kind, Paging paging) {
        List<String> words = text == null ? List.of()
                : Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty())
                        .map(w -> w.toLowerCase(Locale.ROOT)).limit(8).toList();
        return new ArticleQuery(words, kind, paging.page(), paging.size());
    }

    /** How many items come before this page. */
    int offset() {
        return (int) new Paging(page, size).offset();
    }
}
