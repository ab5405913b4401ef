package org.onestop.lookup.internal.patent;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet values of every record of one index segment (IPC sections, year, type), read once from the segment's
 * doc values into plain arrays, so that counting the matches of a search costs a few array reads per match.
 * A segment never changes, so its columns are kept until the segment is closed; they are built when a new searcher
 * is opened after a commit, before any search sees it.
 */
final class FacetColumns {

    static final String SECTION = "section";
    static final String YEAR = "year";
    static final String TYPE = "type";
    /** IPC sections A to H, one bit each. */
    static final int SECTIONS = 8;

    /** Per document: a bit per IPC section (bit 0 = A). */
    final byte[] sections;
    /** Per document: 0 for no date, else 1 + the index of its year in {@link #yearValues}. */
    final short[] years;
    final int[] yearValues;
    /** Per document: 0 for no type, else 1 + the index of its code in {@link #typeCodes}. */
    final byte[] types;
    final String[] typeCodes;
    /** The counts of all documents of the segment, deleted or not: by section, by year index, by type index. */
    final long[] sectionTotals = new long[SECTIONS];
    final long[] yearTotals;
    final long[] typeTotals;

    private FacetColumns(byte[] sections, short[] years, int[] yearValues, byte[] types, String[] typeCodes) {
        this.sections = sections;
        this.years = years;
        this.yearValues = yearValues;
        this.types = types;
        this.typeCodes = typeCodes;
        this.yearTotals = new long[yearValues.length + 1];
        this.typeTotals = new long[typeCodes.length + 1];
        for (int doc = 0; doc < sections.length; doc++) {
            for (int bits = sections[doc] & 0xFF; bits != 0; bits &= bits - 1) {
                sectionTotals[Integer.numberOfTrailingZeros(bits)]++;
            }
            yearTotals[years[doc]]++;
            typeTotals[types[doc]]++;
        }
    }

    /** The columns of segments, built once per segment and dropped when it closes. */
    static final class Cache {

        private final Map<IndexReader.CacheKey, FacetColumns> bySegment = new ConcurrentHashMap<>();

        FacetColumns of(LeafReader segment) throws IOException {
            IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
            if (helper == null) {
                return read(segment);
            }
            FacetColumns columns = bySegment.get(helper.getKey());
            if (columns == null) {
                columns = read(segment);
                if (bySegment.putIfAbsent(helper.getKey(), columns) == null) {
                    helper.addClosedListener(bySegment::remove);
                }
            }
            return columns;
        }

        int size() {
            return bySegment.size();
        }
    }

    static FacetColumns read(LeafReader segment) throws IOException {
        int docs = segment.maxDoc();
        SortedSetDocValues section = DocValues.getSortedSet(segment, SECTION);
        byte[] sectionBits = new byte[(int) section.getValueCount()];
        for (int ord = 0; ord < sectionBits.length; ord++) {
            String s = section.lookupOrd(ord).utf8ToString();
            int bit = s.length() == 1 ? s.charAt(0) - 'A' : -1;
            sectionBits[ord] = bit >= 0 && bit < SECTIONS ? (byte) (1 << bit) : 0;
        }
        byte[] sections = new byte[docs];
        NumericDocValues year = DocValues.getNumeric(segment, YEAR);
        short[] years = new short[docs];
        Map<Integer, Integer> yearIndex = new java.util.HashMap<>();
        SortedDocValues type = DocValues.getSorted(segment, TYPE);
        String[] typeCodes = new String[Math.min(type.getValueCount(), Byte.MAX_VALUE)];
        for (int ord = 0; ord < typeCodes.length; ord++) {
            typeCodes[ord] = type.lookupOrd(ord).utf8ToString();
        }
        byte[] types = new byte[docs];
        for (int doc = 0; doc < docs; doc++) {
            if (section.advanceExact(doc)) {
                int bits = 0;
                for (int i = 0; i < section.docValueCount(); i++) {
                    bits |= sectionBits[(int) section.nextOrd()];
                }
                sections[doc] = (byte) bits;
            }
            if (year.advanceExact(doc)) {
                int value = (int) year.longValue();
                Integer index = yearIndex.computeIfAbsent(value, v -> yearIndex.size());
                years[doc] = index < Short.MAX_VALUE ? (short) (index + 1) : 0;
            }
            if (type.advanceExact(doc) && type.ordValue() < typeCodes.length) {
                types[doc] = (byte) (type.ordValue() + 1);
            }
        }
        int[] yearValues = new int[yearIndex.size()];
        yearIndex.forEach((value, index) -> yearValues[index] = value);
        return new FacetColumns(sections, years, yearValues, types, typeCodes);
    }
}
