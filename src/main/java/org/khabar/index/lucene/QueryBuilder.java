package org.khabar.index.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns user text into a Lucene query without a query parser, so no input can cause a syntax error: the text is
 * run through the index analyzer and each distinct term becomes "title^3 | tag labels^2 | body" (best field wins).
 * Most terms must match; an exact-ish phrase in title or body ranks higher. Input is capped in characters and
 * terms so that a pasted 10 KB text costs about as much as a long query.
 */
final class QueryBuilder {

    static final int MAX_CHARS = 1_000;
    static final int MAX_TERMS = 32;
    /** Phrase boosts only make sense for short queries; long ones are lists of words. */
    static final int MAX_PHRASE_TERMS = 6;

    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query for {@code text}, or null when it has no searchable term (blank, only stop words, punctuation). */
    Query textQuery(String text) {
        List<Token> tokens = analyze(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Set<String> distinct = new LinkedHashSet<>();
        for (Token t : tokens) distinct.add(t.term());
        if (distinct.isEmpty()) return null;

        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (String term : distinct) {
            terms.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(LuceneIndex.Fields.TITLE, term)), 3f),
                    new BoostQuery(new TermQuery(new Term(LuceneIndex.Fields.TAG_LABEL, term)), 2f),
                    new TermQuery(new Term(LuceneIndex.Fields.BODY, term))), 0.1f), Occur.SHOULD);
        }
        terms.setMinimumNumberShouldMatch(minimumShouldMatch(distinct.size()));
        Query all = terms.build();
        if (tokens.size() < 2 || tokens.size() > MAX_PHRASE_TERMS) return all;

        return new BooleanQuery.Builder()
                .add(all, Occur.MUST)
                .add(new BoostQuery(phrase(LuceneIndex.Fields.TITLE, tokens), 2f), Occur.SHOULD)
                .add(phrase(LuceneIndex.Fields.BODY, tokens), Occur.SHOULD)
                .build();
    }

    /**
     * Every term of a short query; one may be missing from a query of up to six terms; half of a longer one, which is
     * pasted text rather than keywords (and may carry words no article has).
     */
    static int minimumShouldMatch(int terms) {
        if (terms <= 3) return terms;
        if (terms <= 6) return terms - 1;
        return (int) Math.ceil(terms / 2.0);
    }

    private static Query phrase(String field, List<Token> tokens) {
        PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(2);
        for (Token t : tokens) p.add(new Term(field, t.term()), t.position());
        return p.build();
    }

    private List<Token> analyze(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(LuceneIndex.Fields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken() && out.size() < MAX_TERMS) {
                position += inc.getPositionIncrement();
                if (term.length() > 0) out.add(new Token(term.toString(), Math.max(position, 0)));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze query text", e);
        }
        return out;
    }

    private record Token(String term, int position) {
    }
}
