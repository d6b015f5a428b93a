package org.khabar.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * The analysis chain as plain Java (no Lucene token streams): normalize, tokenize, drop stopwords, key each word.
 * {@link KhabarAnalyzer} produces the same terms for the index; the {@code khabar analyze} command shows them.
 */
public final class TextAnalyzer {

    private final WordAnalyzer words;

    public TextAnalyzer() {
        this(new WordAnalyzer());
    }

    public TextAnalyzer(WordAnalyzer words) {
        this.words = words;
    }

    /** Index terms of {@code text}: matching keys of every non-stopword token, in order. Never null. */
    public List<String> tokens(String text) {
        List<Token> toks = ArabicTokenizer.tokenize(text);
        List<String> out = new ArrayList<>(toks.size());
        for (Token t : toks) {
            String term = term(t);
            if (term != null) {
                out.add(term);
            }
        }
        return out;
    }

    /** The index term of one token, or null when the token is a stopword. */
    String term(Token t) {
        return term(t.text(), t.type());
    }

    String term(String text, TokenType type) {
        Word w = words.analyze(text, type);
        if (w.stop() || w.key().isEmpty()) {
            return null;
        }
        return w.key();
    }

    public WordAnalyzer words() {
        return words;
    }
}
