package org.onestop.lookup.internal.patent;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
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
import org.apache.lucene.util.BytesRef;

/**
 * The full-text index of the patent records (Apache Lucene): derived from the database, never the source of truth.
 * Title and abstract are segmented into words by the Chinese analyzer (which also reads English words); numbers
 * are indexed in every form they may be asked for; IPC codes at every level, so that a prefix finds everything
 * below it. Each commit records how many records and which revision of the database it holds, so that a stale
 * index is noticed at start. Changes become visible to searches at {@link #commit}.
 */
public final class PatentIndex implements Closeable {

    static final String KEY = "key";
    static final String KEY_SORT = "key_sort";
    static final String NUMBER = "number";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String APPLICANT = "applicant";
    static final String INVENTOR = "inventor";
    static final String IPC = "ipc";
    static final String DATE = "date";
    static final String PATENT_TYPE = "patent_type";
    static final String DATE_SORT = "date_sort";
    private static final String COUNT = "count";
    private static final String REVISION = "revision";

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public PatentIndex(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, new SearcherFactory());
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The database state the last commit recorded: empty when the index was never committed. */
    public Optional<PatentStore.State> committed() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        Map<String, String> data = Optional.ofNullable(writer.getLiveCommitData())
                .map(entries -> {
                    Map<String, String> m = new java.util.HashMap<>();
                    entries.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                }).orElse(Map.of());
        if (!data.containsKey(COUNT) || !data.containsKey(REVISION)) {
            return Optional.empty();
        }
        return Optional.of(new PatentStore.State(Long.parseLong(data.get(COUNT)),
                Long.parseLong(data.get(REVISION))));
    }

    /** Adds or replaces records (by application key); visible after {@link #commit}. */
    public void put(Collection<PatentRecord> records) throws IOException {
        for (PatentRecord record : records) {
            writer.updateDocument(new Term(KEY, record.key()), document(record));
        }
    }

    /** Removes every record; visible after {@link #commit}. */
    public void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes durable and visible, recording the database state they correspond to. */
    public void commit(PatentStore.State state) throws IOException {
        writer.setLiveCommitData(Map.of(COUNT, String.valueOf(state.count()), REVISION,
                String.valueOf(state.revision())).entrySet());
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

    static Document document(PatentRecord r) {
        Document d = new Document();
        String key = r.key();
        d.add(new StringField(KEY, key, Field.Store.YES));
        d.add(new SortedDocValuesField(KEY_SORT, new BytesRef(key)));
        for (String n : PatentNumbers.variants(r.applicationNumber())) {
            d.add(new StringField(NUMBER, n, Field.Store.NO));
        }
        if (r.publicationNumber() != null) {
            for (String n : PatentNumbers.variants(r.publicationNumber())) {
                d.add(new StringField(NUMBER, n, Field.Store.NO));
            }
            d.add(new StoredField("pub", r.publicationNumber()));
        }
        d.add(new StoredField("app", r.applicationNumber()));
        d.add(new TextField(TITLE, r.title(), Field.Store.YES));
        d.add(new TextField(TEXT, r.title() + "\n" + r.abstractText(), Field.Store.NO));
        for (String a : r.applicants()) {
            d.add(new TextField(APPLICANT, a, Field.Store.NO));
        }
        for (String a : r.assignees()) {
            d.add(new TextField(APPLICANT, a, Field.Store.NO));
        }
        for (String i : r.inventors()) {
            d.add(new TextField(INVENTOR, i, Field.Store.NO));
        }
        d.add(new StoredField("applicants", String.join("\n", r.applicants().isEmpty() ? r.assignees()
                : r.applicants())));
        d.add(new StoredField("inventors", String.join("\n", r.inventors())));
        d.add(new StoredField("ipcs", String.join("\n", r.ipc())));
        java.util.Set<String> sections = new java.util.TreeSet<>();
        java.util.Set<String> levels = new java.util.HashSet<>();
        for (String code : r.ipc()) {
            IpcCode.parse(code).ifPresent(c -> {
                sections.add(c.section());
                levels.addAll(c.levels());
            });
        }
        for (String level : levels) {
            d.add(new StringField(IPC, level, Field.Store.NO));
        }
        for (String s : sections) {
            d.add(new SortedSetDocValuesField(FacetTally.SECTION, new BytesRef(s)));
        }
        d.add(new SortedDocValuesField(FacetTally.TYPE, new BytesRef(r.type().code())));
        d.add(new StoredField("ptype", r.type().code()));
        d.add(new StringField(PATENT_TYPE, r.type().code(), Field.Store.NO));
        LocalDate date = r.date();
        if (date != null) {
            d.add(new LongPoint(DATE, date.toEpochDay()));
            d.add(new NumericDocValuesField(DATE_SORT, date.toEpochDay()));
            d.add(new NumericDocValuesField(FacetTally.YEAR, date.getYear()));
            d.add(new LongPoint(FacetTally.YEAR, date.getYear()));
        }
        if (r.applicationDate() != null) {
            d.add(new StoredField("appDate", r.applicationDate().toEpochDay()));
        }
        if (r.publicationDate() != null) {
            d.add(new StoredField("pubDate", r.publicationDate().toEpochDay()));
        }
        return d;
    }

    /** Finds the application key of a record by any form of its application or publication number. */
    public Optional<String> keyOf(String number) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopFieldDocs top = searcher.search(new TermQuery(new Term(NUMBER, PatentNumbers.key(number))), 1,
                    new Sort(new SortField(KEY_SORT, SortField.Type.STRING)));
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc).get(KEY));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Runs a search: one page of results in the asked order, with facet counts over all matches. */
    public PatentHits search(PatentQuery query, IndexStatus status) throws IOException {
        Query lucene = new PatentQueryBuilder(analyzer).build(query);
        Sort sort = switch (query.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(KEY_SORT, SortField.Type.STRING));
            case NEWEST -> new Sort(new SortField(DATE_SORT, SortField.Type.LONG, true),
                    new SortField(KEY_SORT, SortField.Type.STRING));
            case OLDEST -> new Sort(dateAscending(), new SortField(KEY_SORT, SortField.Type.STRING));
        };
        int wanted = query.offset() + query.size();
        IndexSearcher searcher = searchers.acquire();
        try {
            Object[] results = searcher.search(lucene, new MultiCollectorManager(
                    new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE), FacetTally.manager()));
            TopFieldDocs top = (TopFieldDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, List<FacetCount>> facets = (Map<String, List<FacetCount>>) results[1];
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
            List<PatentSummary> items = new java.util.ArrayList<>(page.length);
            for (ScoreDoc hit : page) {
                items.add(summary(stored.document(hit.doc)));
            }
            return new PatentHits(top.totalHits.value, query.page(), query.size(), items, facets, status);
        } finally {
            searchers.release(searcher);
        }
    }

    private static SortField dateAscending() {
        SortField field = new SortField(DATE_SORT, SortField.Type.LONG, false);
        field.setMissingValue(Long.MAX_VALUE);
        return field;
    }

    private static PatentSummary summary(Document d) {
        return new PatentSummary(d.get("app"), d.get("pub"), d.get(TITLE), lines(d.get("applicants")),
                lines(d.get("inventors")), lines(d.get("ipcs")), day(d.getField("appDate")),
                day(d.getField("pubDate")), d.get("ptype"));
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static LocalDate day(org.apache.lucene.index.IndexableField field) {
        return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
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
