package org.onestop.lookup.internal.patent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matches of a search by IPC section, publication year and patent type, reading the index's doc
 * values, while the top results are collected beside it.
 */
final class FacetTally implements Collector {

    static final String SECTION = "section";
    static final String YEAR = "year";
    static final String TYPE = "type";

    private final Map<String, Long> sections = new HashMap<>();
    private final Map<String, Long> years = new HashMap<>();
    private final Map<String, Long> types = new HashMap<>();
    private long matches;

    /** Makes one tally per search slice and adds them up. */
    static CollectorManager<FacetTally, Map<String, List<FacetCount>>> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetTally newCollector() {
                return new FacetTally();
            }

            @Override
            public Map<String, List<FacetCount>> reduce(Collection<FacetTally> tallies) {
                FacetTally sum = new FacetTally();
                for (FacetTally t : tallies) {
                    t.sections.forEach((k, v) -> sum.sections.merge(k, v, Long::sum));
                    t.years.forEach((k, v) -> sum.years.merge(k, v, Long::sum));
                    t.types.forEach((k, v) -> sum.types.merge(k, v, Long::sum));
                }
                Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
                facets.put(SECTION, sorted(sum.sections, Comparator.comparing(FacetCount::value)));
                facets.put(YEAR, sorted(sum.years, Comparator.comparing(FacetCount::value).reversed()));
                facets.put(TYPE, sorted(sum.types, Comparator.comparing(FacetCount::count).reversed()
                        .thenComparing(FacetCount::value)));
                return facets;
            }
        };
    }

    private static List<FacetCount> sorted(Map<String, Long> counts, Comparator<FacetCount> order) {
        List<FacetCount> list = new ArrayList<>();
        counts.forEach((k, v) -> list.add(new FacetCount(k, v)));
        list.sort(order);
        return List.copyOf(list);
    }

    long matches() {
        return matches;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues section = DocValues.getSortedSet(context.reader(), SECTION);
        NumericDocValues year = DocValues.getNumeric(context.reader(), YEAR);
        SortedDocValues type = DocValues.getSorted(context.reader(), TYPE);
        long[] sectionCounts = new long[(int) Math.max(0, section.getValueCount())];
        long[] typeCounts = new long[Math.max(0, type.getValueCount())];
        Map<Long, Long> yearCounts = new HashMap<>();
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counts need no scores
            }

            @Override
            public void collect(int doc) throws IOException {
                matches++;
                if (section.advanceExact(doc)) {
                    for (int i = 0; i < section.docValueCount(); i++) {
                        sectionCounts[(int) section.nextOrd()]++;
                    }
                }
                if (year.advanceExact(doc)) {
                    yearCounts.merge(year.longValue(), 1L, Long::sum);
                }
                if (type.advanceExact(doc)) {
                    typeCounts[type.ordValue()]++;
                }
            }

            @Override
            public void finish() throws IOException {
                for (int ord = 0; ord < sectionCounts.length; ord++) {
                    if (sectionCounts[ord] > 0) {
                        sections.merge(section.lookupOrd(ord).utf8ToString(), sectionCounts[ord], Long::sum);
                    }
                }
                for (int ord = 0; ord < typeCounts.length; ord++) {
                    if (typeCounts[ord] > 0) {
                        types.merge(type.lookupOrd(ord).utf8ToString(), typeCounts[ord], Long::sum);
                    }
                }
                yearCounts.forEach((y, n) -> years.merge(String.valueOf(y), n, Long::sum));
            }
        };
    }
}
