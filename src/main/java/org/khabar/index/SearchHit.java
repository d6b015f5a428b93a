package org.khabar.index;

/** One matching article: its id, relevance score, and a plain-text snippet with matches between \u0001 and \u0002. */
public record SearchHit(long articleId, double score, String snippet) {
}
