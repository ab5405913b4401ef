package org.onestop.lookup.internal.patent;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of the patent records (Apache Lucene): derived from the database, never the source of truth.
 * Title and abstract are segmented into words by the Chinese analyzer (which also reads English words); numbers
 * are indexed in every form they may be asked for; IPC codes at every level, so that a prefix finds everything
 * below it (see {@link PatentDocument}). Each commit records how many records and which revision of the database
 * it holds, and the layout of its documents, so that a stale index is noticed at start. Changes become visible to
 * searches at {@link #commit}; searchers are shared by all requests and replaced only then.
 */
public final class PatentIndex implements Closeable {

    private static final String COUNT = "count";
    private static final String REVISION = "revision";
    private static final String LAYOUT = "layout";
    /**
     * Memory for documents not yet flushed to a segment: fewer, larger segments while importing. 256 MB, or an
     * eighth of the heap when that is less, so that a small heap is not filled by the index alone.
     */
    static final double BUFFER_MB = Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 8 / (1 << 20)));

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final FacetColumns.Cache columns = new FacetColumns.Cache();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final RecentSearches recent = new RecentSearches();

    public PatentIndex(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(BUFFER_MB)
                .setUseCompoundFile(false)
                .setMergePolicy(merges)
                .setCommitOnClose(false);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                for (LeafReaderContext segment : reader.leaves()) {
                    columns.of(segment.reader());
                }
                return new IndexSearcher(reader);
            }
        });
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The database state the last commit recorded: empty when the index was never committed, or was written with
     * another layout of its documents.
     */
    public Optional<PatentStore.State> committed() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        Map<String, String> data = Optional.ofNullable(writer.getLiveCommitData())
                .map(entries -> {
                    Map<String, String> m = new HashMap<>();
                    entries.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                }).orElse(Map.of());
        if (!data.containsKey(COUNT) || !data.containsKey(REVISION)
                || !PatentDocument.LAYOUT.equals(data.get(LAYOUT))) {
            return Optional.empty();
        }
        return Optional.of(new PatentStore.State(Long.parseLong(data.get(COUNT)),
                Long.parseLong(data.get(REVISION))));
    }

    /**
     * Puts a written batch into the index; visible after {@link #commit}. A record the database added is added,
     * one it replaced replaces the document of its key: the index holds what the table holds, so a new key has no
     * document to delete. Safe to call from several threads at once.
     */
    public void put(PatentStore.Written batch) throws IOException {
        for (PatentRecord record : batch.records()) {
            String key = record.key();
            if (batch.replaced(key)) {
                writer.updateDocument(new Term(PatentDocument.KEY, key), PatentDocument.of(record));
            } else {
                writer.addDocument(PatentDocument.of(record));
            }
        }
    }

    /** Removes every record; visible after {@link #commit}. */
    public void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes durable and visible, recording the database state they correspond to. */
    public void commit(PatentStore.State state) throws IOException {
        writer.setLiveCommitData(Map.of(COUNT, String.valueOf(state.count()), REVISION,
                String.valueOf(state.revision()), LAYOUT, PatentDocument.LAYOUT).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** How many records a search can find now. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Finds the application key of a record by any form of its application or publication number. */
    public Optional<String> keyOf(String number) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopFieldDocs top = searcher.search(new TermQuery(new Term(PatentDocument.NUMBER, PatentNumbers.key(number))), 1,
                    new Sort(new SortField(PatentDocument.KEY_SORT, SortField.Type.STRING)));
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc).get(PatentDocument.KEY));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Runs a search: one page of results in the asked order, and the counts of all matches. The page and the counts
     * are two passes: the page alone lets Lucene skip records that cannot reach it (by score or by date), the counts
     * read the facet columns of every match; a search without criteria counts without a query. A search asked
     * again before the index changes is answered from {@link RecentSearches}.
     */
    public PatentHits search(PatentQuery query, IndexStatus status) throws IOException {
        Query lucene = new PatentQueryBuilder(analyzer).build(query);
        SortField byKey = new SortField(PatentDocument.KEY_SORT, SortField.Type.STRING);
        Sort sort = switch (query.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byKey);
            case NEWEST -> new Sort(new SortField(PatentDocument.DATE, SortField.Type.LONG, true), byKey);
            case OLDEST -> new Sort(dateAscending(), byKey);
        };
        int wanted = query.offset() + query.size();
        IndexSearcher searcher = searchers.acquire();
        try {
            Optional<RecentSearches.Found> known = recent.of(searcher, query);
            if (known.isPresent()) {
                RecentSearches.Found found = known.get();
                return new PatentHits(found.total(), query.page(), query.size(), found.items(), found.facets(),
                        status);
            }
            TopFieldDocs top = searcher.search(lucene, new TopFieldCollectorManager(sort, wanted, null, wanted));
            FacetTally.Counts counts = lucene instanceof MatchAllDocsQuery
                    ? FacetTally.everything(searcher, columns)
                    : searcher.search(lucene, FacetTally.manager(columns));
            StoredFields stored = searcher.storedFields();
            List<PatentSummary> items = new ArrayList<>(query.size());
            for (int i = query.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                items.add(PatentDocument.summary(stored.document(hit.doc)));
            }
            RecentSearches.Found found = new RecentSearches.Found(counts.matches(), items, counts.facets());
            recent.keep(searcher, query, found);
            return new PatentHits(found.total(), query.page(), query.size(), found.items(), found.facets(), status);
        } finally {
            searchers.release(searcher);
        }
    }

    private static SortField dateAscending() {
        SortField field = new SortField(PatentDocument.DATE, SortField.Type.LONG, false);
        field.setMissingValue(Long.MAX_VALUE);
        return field;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
