package org.khabar.index.lucene;

import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives each term clause of a more-like-this query its per-segment term states, sought with one terms enumerator
 * per segment and field, reused across the query's terms. Lucene's {@code TermStates.build} opens a fresh
 * enumerator per term and segment, and setting one up (its block frames) was the largest part of a similar-list
 * query: 37% of its CPU samples at 31,500 articles against 22% for plain MoreLikeThis, whose queries hold fewer
 * terms (JFR, {@code khabar bench similar}). The states, document frequencies and total term frequencies are the
 * ones {@code build} registers, so hits and scores are the same.
 */
final class QueryTermStates {
    private final IndexReaderContext top;
    private final Map<String, TermsEnum[]> enums = new HashMap<>();

    private QueryTermStates(IndexReaderContext top) {
        this.top = top;
    }

    /** {@code query} with its term clauses (also boosted or nested in boolean queries) given states for {@code top}. */
    static Query prefilled(Query query, IndexReaderContext top) throws IOException {
        return new QueryTermStates(top).rewrite(query);
    }

    private Query rewrite(Query q) throws IOException {
        if (q instanceof TermQuery t) return new TermQuery(t.getTerm(), states(t.getTerm()));
        if (q instanceof BoostQuery b) return new BoostQuery(rewrite(b.getQuery()), b.getBoost());
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) out.add(rewrite(c.getQuery()), c.getOccur());
            return out.build();
        }
        return q;
    }

    private TermStates states(Term term) throws IOException {
        TermStates states = new TermStates(top);
        TermsEnum[] perLeaf = enums.computeIfAbsent(term.field(), f -> new TermsEnum[top.leaves().size()]);
        for (LeafReaderContext leaf : top.leaves()) {
            TermsEnum te = perLeaf[leaf.ord];
            if (te == null) {
                Terms terms = leaf.reader().terms(term.field());
                if (terms == null) continue;
                te = perLeaf[leaf.ord] = terms.iterator();
            }
            if (te.seekExact(term.bytes())) {
                states.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
            }
        }
        return states;
    }
}
