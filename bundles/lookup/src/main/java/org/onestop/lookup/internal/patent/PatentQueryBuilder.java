package org.onestop.lookup.internal.patent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onestop.api.module.Refusal;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link PatentQuery} into a Lucene query. Words are segmented by the same analyzer as the records, so a
 * Chinese word matches that word and not records that merely share one of its characters; every word must occur
 * in the title or abstract, and words in the title count more. Applicant and inventor names match as phrases.
 */
final class PatentQueryBuilder {

    private final Analyzer analyzer;

    PatentQueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query build(PatentQuery q) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        if (q.text() != null) {
            List<String> words = words(q.text());
            within(words, "q");
            if (words.isEmpty()) {
                return new MatchNoDocsQuery("no searchable words");
            }
            for (String word : words) {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                either.add(new TermQuery(new Term(PatentDocument.TEXT, word)), Occur.MUST);
                either.add(new BoostQuery(new TermQuery(new Term(PatentDocument.TITLE, word)), 2f), Occur.SHOULD);
                all.add(either.build(), Occur.MUST);
            }
            any = true;
        }
        if (q.number() != null) {
            all.add(new TermQuery(new Term(PatentDocument.NUMBER, q.number())), Occur.FILTER);
            any = true;
        }
        any |= phrase(all, PatentDocument.APPLICANT, q.applicant());
        any |= phrase(all, PatentDocument.INVENTOR, q.inventor());
        if (q.ipc() != null) {
            all.add(new TermQuery(new Term(PatentDocument.IPC, q.ipc())), Occur.FILTER);
            any = true;
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            all.add(LongPoint.newRangeQuery(PatentDocument.DATE, from, to), Occur.FILTER);
            any = true;
        }
        if (q.section() != null) {
            all.add(new TermQuery(new Term(PatentDocument.IPC, q.section())), Occur.FILTER);
            any = true;
        }
        if (q.year() != null) {
            all.add(LongPoint.newExactQuery(FacetColumns.YEAR, q.year()), Occur.FILTER);
            any = true;
        }
        if (q.type() != null) {
            all.add(new TermQuery(new Term(PatentDocument.PATENT_TYPE, q.type().code())), Occur.FILTER);
            any = true;
        }
        return any ? all.build() : new MatchAllDocsQuery();
    }

    private boolean phrase(BooleanQuery.Builder all, String field, String text) {
        if (text == null) {
            return false;
        }
        within(words(text), field.equals(PatentDocument.APPLICANT) ? "applicant" : "inventor");
        Query phrase = new QueryBuilder(analyzer).createPhraseQuery(field, text);
        all.add(phrase == null ? new MatchNoDocsQuery() : phrase, Occur.FILTER);
        return true;
    }

    /**
     * Refuses more words than a search takes: each word is a clause of the query, and Lucene refuses a query of
     * more than 1,024 clauses with an error; far fewer words already find nothing more.
     */
    private static void within(List<String> words, String parameter) {
        if (words.size() > PatentQuery.MAX_WORDS) {
            throw Refusal.badRequest("lookup.error.words", new Refusal.Term(PatentQuery.label(parameter)),
                    PatentQuery.MAX_WORDS, words.size());
        }
    }

    /** The distinct words of a text as the index holds them. */
    List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(PatentDocument.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words);
    }
}
