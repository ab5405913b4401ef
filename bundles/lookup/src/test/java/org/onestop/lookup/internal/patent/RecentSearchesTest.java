package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

class RecentSearchesTest {

    private final RecentSearches recent = new RecentSearches();
    private final IndexSearcher before = searcher();
    private final IndexSearcher after = searcher();

    /** A searcher of an empty index: a new one for each state of the index. */
    private static IndexSearcher searcher() {
        try {
            return new IndexSearcher(new MultiReader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RecentSearches.Found found(long total) {
        return new RecentSearches.Found(total, List.of(), Map.of(FacetColumns.YEAR, List.of(new FacetCount("2024",
                total))));
    }

    @Test
    void aSearchAskedAgainOfTheSameIndexIsAnsweredAsBeforeAndAChangedIndexSearchesAgain() {
        PatentQuery rareEarth = PatentQuery.all(1, 20).onPage(2, 20);
        assertTrue(recent.of(before, rareEarth).isEmpty());
        recent.keep(before, rareEarth, found(7));

        assertEquals(7, recent.of(before, rareEarth).orElseThrow().total());
        assertTrue(recent.of(before, PatentQuery.all(1, 20)).isEmpty(), "another page is another search");

        assertTrue(recent.of(after, rareEarth).isEmpty(), "the index changed");
        recent.keep(before, rareEarth, found(7));
        assertTrue(recent.of(after, rareEarth).isEmpty(), "what the old index found is not kept for the new one");
    }

    @Test
    void theLeastRecentlyAskedSearchesAreLetGoPastTheMost() {
        recent.of(before, PatentQuery.all(1, 20));
        for (int page = 1; page <= RecentSearches.MOST; page++) {
            recent.keep(before, PatentQuery.all(page, 20), found(page));
        }
        assertTrue(recent.of(before, PatentQuery.all(1, 20)).isPresent(), "asked now: the most recent");
        recent.keep(before, PatentQuery.all(RecentSearches.MOST + 1, 20), found(0));

        assertTrue(recent.of(before, PatentQuery.all(2, 20)).isEmpty(), "the least recently asked went");
        assertTrue(recent.of(before, PatentQuery.all(1, 20)).isPresent());
        assertEquals(0, recent.of(before, PatentQuery.all(RecentSearches.MOST + 1, 20)).orElseThrow().total());
    }
}
