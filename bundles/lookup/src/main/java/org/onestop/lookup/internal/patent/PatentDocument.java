package org.onestop.lookup.internal.patent;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * How a patent record is laid out in the full-text index, and how a result is read back from it. Words are matched
 * in one field holding title and abstract (a search for several words then walks one list of records per word)
 * and weighed more in the title's own field; the date is a point and a doc value under one name, so that a search
 * sorted by date can skip records that cannot reach the page. The layout has a number: an index written with
 * another one is rebuilt at start.
 */
final class PatentDocument {

    /** Changes whenever the fields below change meaning. 2: the date under one name for sorting and filtering. */
    static final String LAYOUT = "2";

    static final String KEY = "key";
    static final String KEY_SORT = "key_sort";
    static final String NUMBER = "number";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String APPLICANT = "applicant";
    static final String INVENTOR = "inventor";
    static final String IPC = "ipc";
    static final String DATE = "date";
    static final String PATENT_TYPE = "patent_type";

    private PatentDocument() {
    }

    static Document of(PatentRecord r) {
        Document d = new Document();
        String key = r.key();
        d.add(new StringField(KEY, key, Field.Store.YES));
        d.add(new SortedDocValuesField(KEY_SORT, new BytesRef(key)));
        Set<String> numbers = new HashSet<>(PatentNumbers.variants(r.applicationNumber()));
        if (r.publicationNumber() != null) {
            numbers.addAll(PatentNumbers.variants(r.publicationNumber()));
            d.add(new StoredField("pub", r.publicationNumber()));
        }
        for (String n : numbers) {
            d.add(new StringField(NUMBER, n, Field.Store.NO));
        }
        d.add(new StoredField("app", r.applicationNumber()));
        d.add(new TextField(TITLE, r.title(), Field.Store.YES));
        d.add(new TextField(TEXT, r.abstractText().isEmpty() ? r.title() : r.title() + "\n" + r.abstractText(),
                Field.Store.NO));
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
        Set<String> sections = new TreeSet<>();
        Set<String> levels = new HashSet<>();
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
            d.add(new SortedSetDocValuesField(FacetColumns.SECTION, new BytesRef(s)));
        }
        d.add(new SortedDocValuesField(FacetColumns.TYPE, new BytesRef(r.type().code())));
        d.add(new StoredField("ptype", r.type().code()));
        d.add(new StringField(PATENT_TYPE, r.type().code(), Field.Store.NO));
        LocalDate date = r.date();
        if (date != null) {
            d.add(new LongPoint(DATE, date.toEpochDay()));
            d.add(new NumericDocValuesField(DATE, date.toEpochDay()));
            d.add(new NumericDocValuesField(FacetColumns.YEAR, date.getYear()));
            d.add(new LongPoint(FacetColumns.YEAR, date.getYear()));
        }
        if (r.applicationDate() != null) {
            d.add(new StoredField("appDate", r.applicationDate().toEpochDay()));
        }
        if (r.publicationDate() != null) {
            d.add(new StoredField("pubDate", r.publicationDate().toEpochDay()));
        }
        return d;
    }

    /** A result as the list shows it, from the stored fields of one document. */
    static PatentSummary summary(Document d) {
        return new PatentSummary(d.get("app"), d.get("pub"), d.get(TITLE), lines(d.get("applicants")),
                lines(d.get("inventors")), lines(d.get("ipcs")), day(d.getField("appDate")),
                day(d.getField("pubDate")), d.get("ptype"));
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static LocalDate day(IndexableField field) {
        return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
    }
}
