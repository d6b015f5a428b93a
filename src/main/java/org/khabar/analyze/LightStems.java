package org.khabar.analyze;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stems of a text, in order: Lucene's ArabicAnalyzer (normalisation, its stop words, light stemming), one-letter
 * stems left out. The story features and the headline words read text this way. Thread-safe.
 */
public final class LightStems implements AutoCloseable {
    private final Analyzer analyzer = new ArabicAnalyzer();

    public List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
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

    @Override
    public void close() {
        analyzer.close();
    }
}
