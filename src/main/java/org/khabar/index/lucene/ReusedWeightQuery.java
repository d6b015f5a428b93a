package org.khabar.index.lucene;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/**
 * A query run more than once on one searcher that builds its {@link Weight} once. Building the weight of a
 * more-like-this query looks up each of its terms in every segment, half of the search's time (JFR,
 * {@code khabar bench similar}); a deeper second read of the same hits need not pay it again. Scores and order are
 * those of the wrapped query: the weight is the one the searcher itself would build.
 */
final class ReusedWeightQuery extends Query {
    private final Query query;
    private ScoreMode mode;
    private Weight weight;

    ReusedWeightQuery(Query query) {
        this.query = query;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (weight != null && scoreMode == mode && boost == 1f) return weight;
        Weight built = searcher.createWeight(searcher.rewrite(query), scoreMode, boost);
        if (boost == 1f) {
            mode = scoreMode;
            weight = built;
        }
        return built;
    }

    @Override
    public String toString(String field) {
        return query.toString(field);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
