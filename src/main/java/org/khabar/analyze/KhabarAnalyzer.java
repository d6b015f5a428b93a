package org.khabar.analyze;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * khabar's Lucene analyzer for Arabic news (titles, bodies and queries): {@link KhabarTokenizer} (normalization rules,
 * Latin words, numbers with units, hashtags, URLs kept whole) then {@link KhabarTermFilter} (folding, stopwords,
 * proclitics, light stemming with Lucene's {@code ArabicStemmer}). أوكرانيا / اوكرانيا / وأوكرانيا / لأوكرانيا give one term.
 */
public final class KhabarAnalyzer extends Analyzer {

    private final WordAnalyzer words;

    public KhabarAnalyzer() {
        this(new WordAnalyzer());
    }

    public KhabarAnalyzer(WordAnalyzer words) {
        this.words = words;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        KhabarTokenizer source = new KhabarTokenizer();
        TokenStream result = new KhabarTermFilter(source, words);
        return new TokenStreamComponents(source, result);
    }
}
