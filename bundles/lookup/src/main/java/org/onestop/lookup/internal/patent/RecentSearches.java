package org.onestop.lookup.internal.patent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.search.IndexSearcher;

/**
 * The results of the latest searches, for the searcher that found them: the same search asked again (a popular word,
 * the next visitor's same page) is answered without searching, as long as the index has not changed. A commit brings
 * a new searcher, and with it an empty list; at most {@link #MOST} searches are kept, the least recently asked let go.
 */
final class RecentSearches {

    /** The most searches kept. */
    static final int MOST = 256;

    /** What a search found, apart from the state of the index at the moment it is asked. */
    record Found(long total, List<PatentSummary> items, Map<String, List<FacetCount>> facets) {

        Found {
            items = List.copyOf(items);
            Map<String, List<FacetCount>> kept = new LinkedHashMap<>();
            facets.forEach((name, counts) -> kept.put(name, List.copyOf(counts)));
            facets = Collections.unmodifiableMap(kept);
        }
    }

    private IndexSearcher searcher;
    private final Map<PatentQuery, Found> found = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PatentQuery, Found> eldest) {
            return size() > MOST;
        }
    };

    /** What {@code query} found with {@code current}, if it was asked of that searcher before. */
    synchronized Optional<Found> of(IndexSearcher current, PatentQuery query) {
        if (current != searcher) {
            searcher = current;
            found.clear();
            return Optional.empty();
        }
        return Optional.ofNullable(found.get(query));
    }

    /** Keeps what {@code query} found with {@code current}, unless the index has changed since. */
    synchronized void keep(IndexSearcher current, PatentQuery query, Found result) {
        if (current == searcher) {
            found.put(query, result);
        }
    }
}
