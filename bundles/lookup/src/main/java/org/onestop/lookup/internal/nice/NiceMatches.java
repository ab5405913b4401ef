package org.onestop.lookup.internal.nice;

import java.util.List;

/**
 * What a search of the Nice classification found: classes whose heading holds the words (English or Chinese),
 * and one page of the goods and services items holding every word.
 */
public record NiceMatches(String q, List<NiceClass> classes, int total, int page, int size, List<NiceItem> items) {

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
