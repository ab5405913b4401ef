package org.onestop.lookup.internal.nice;

import java.util.List;

import org.onestop.api.module.Paging;

/**
 * What a search of the Nice classification found: classes whose heading holds the words (English or Chinese),
 * and one page of the goods and services items holding every word.
 */
public record NiceMatches(String q, List<NiceClass> classes, int total, int page, int size, List<NiceItem> items) {

    public int pages() {
        return new Paging(page, size).pages(total);
    }
}
