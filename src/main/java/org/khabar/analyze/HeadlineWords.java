package org.khabar.analyze;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of a headline that two headlines on one topic share: distinct light stems of its content words
 * (Lucene's Arabic normalisation, stop words and light stemming, as the story features use), one-letter stems
 * left out. Thread-safe.
 */
public final class HeadlineWords {
    private final Analyzer analyzer = new ArabicAnalyzer();

    public Set<String> of(String headline) {
        Set<String> out = new HashSet<>();
        if (headline == null || headline.isBlank()) return out;
        try (TokenStream ts = analyzer.tokenStream("h", headline)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1) out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return out;
    }
}
