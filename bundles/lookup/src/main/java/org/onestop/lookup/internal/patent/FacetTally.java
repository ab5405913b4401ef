package org.onestop.lookup.internal.patent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;

/**
 * Counts the matches of a search, in all and by IPC section, publication year and patent type, from the facet
 * columns of each segment. A search without criteria counts every live record without running a query.
 */
final class FacetTally implements Collector {

    /** The counts of one search. */
    record Counts(long matches, Map<String, List<FacetCount>> facets) {
    }

    private final FacetColumns.Cache columns;
    private final long[] sections = new long[FacetColumns.SECTIONS];
    private final Map<String, Long> years = new HashMap<>();
    private final Map<String, Long> types = new HashMap<>();
    private long matches;

    private FacetTally(FacetColumns.Cache columns) {
        this.columns = columns;
    }

    /** Makes one tally per search slice and adds them up. */
    static CollectorManager<FacetTally, Counts> manager(FacetColumns.Cache columns) {
        return new CollectorManager<>() {
            @Override
            public FacetTally newCollector() {
                return new FacetTally(columns);
            }

            @Override
            public Counts reduce(Collection<FacetTally> tallies) {
                FacetTally sum = new FacetTally(columns);
                for (FacetTally t : tallies) {
                    sum.add(t);
                }
                return sum.counts();
            }
        };
    }

    /**
     * The counts of every live record, what a search without criteria matches: a segment without deletions adds its
     * totals, one with deletions counts its live documents.
     */
    static Counts everything(IndexSearcher searcher, FacetColumns.Cache columns) throws IOException {
        FacetTally tally = new FacetTally(columns);
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            FacetColumns c = columns.of(segment.reader());
            LeafCount count = tally.new LeafCount(c);
            Bits live = segment.reader().getLiveDocs();
            if (live == null) {
                count.addAll(c);
            } else {
                for (int doc = 0; doc < live.length(); doc++) {
                    if (live.get(doc)) {
                        count.collect(doc);
                    }
                }
            }
            count.finish();
        }
        return tally.counts();
    }

    private void add(FacetTally other) {
        matches += other.matches;
        for (int s = 0; s < sections.length; s++) {
            sections[s] += other.sections[s];
        }
        other.years.forEach((k, v) -> years.merge(k, v, Long::sum));
        other.types.forEach((k, v) -> types.merge(k, v, Long::sum));
    }

    private Counts counts() {
        Map<String, Long> bySection = new HashMap<>();
        for (int s = 0; s < sections.length; s++) {
            if (sections[s] > 0) {
                bySection.put(String.valueOf((char) ('A' + s)), sections[s]);
            }
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put(FacetColumns.SECTION, sorted(bySection, Comparator.comparing(FacetCount::value)));
        facets.put(FacetColumns.YEAR, sorted(years, Comparator.comparing(FacetCount::value).reversed()));
        facets.put(FacetColumns.TYPE, sorted(types, Comparator.comparing(FacetCount::count).reversed()
                .thenComparing(FacetCount::value)));
        return new Counts(matches, facets);
    }

    private static List<FacetCount> sorted(Map<String, Long> counts, Comparator<FacetCount> order) {
        List<FacetCount> list = new ArrayList<>();
        counts.forEach((k, v) -> list.add(new FacetCount(k, v)));
        list.sort(order);
        return List.copyOf(list);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        return new LeafCount(columns.of(context.reader()));
    }

    /** Counts the matches of one segment in arrays, and adds them to the tally when the segment is done. */
    private final class LeafCount implements LeafCollector {

        private final FacetColumns c;
        private final byte[] docSections;
        private final short[] docYears;
        private final byte[] docTypes;
        private final long[] sectionCounts = new long[FacetColumns.SECTIONS];
        private final long[] yearCounts;
        private final long[] typeCounts;
        private long leafMatches;

        LeafCount(FacetColumns columns) {
            this.c = columns;
            this.docSections = columns.sections;
            this.docYears = columns.years;
            this.docTypes = columns.types;
            this.yearCounts = new long[columns.yearValues.length + 1];
            this.typeCounts = new long[columns.typeCodes.length + 1];
        }

        @Override
        public void setScorer(Scorable scorer) {
            // counts need no scores
        }

        @Override
        public void collect(int doc) {
            leafMatches++;
            for (int bits = docSections[doc] & 0xFF; bits != 0; bits &= bits - 1) {
                sectionCounts[Integer.numberOfTrailingZeros(bits)]++;
            }
            yearCounts[docYears[doc]]++;
            typeCounts[docTypes[doc]]++;
        }

        /** Counts every document of the segment at once, from its totals. */
        void addAll(FacetColumns all) {
            leafMatches += all.sections.length;
            for (int s = 0; s < sectionCounts.length; s++) {
                sectionCounts[s] += all.sectionTotals[s];
            }
            for (int y = 0; y < yearCounts.length; y++) {
                yearCounts[y] += all.yearTotals[y];
            }
            for (int t = 0; t < typeCounts.length; t++) {
                typeCounts[t] += all.typeTotals[t];
            }
        }

        @Override
        public void finish() {
            matches += leafMatches;
            for (int s = 0; s < sectionCounts.length; s++) {
                sections[s] += sectionCounts[s];
            }
            for (int y = 1; y < yearCounts.length; y++) {
                if (yearCounts[y] > 0) {
                    years.merge(String.valueOf(c.yearValues[y - 1]), yearCounts[y], Long::sum);
                }
            }
            for (int t = 1; t < typeCounts.length; t++) {
                if (typeCounts[t] > 0) {
                    types.merge(c.typeCodes[t - 1], typeCounts[t], Long::sum);
                }
            }
        }
    }
}
