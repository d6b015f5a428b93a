package org.khabar.analyze;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces each token by its matching key ({@link WordAnalyzer}): folding, proclitics, stopwords, light stemming.
 * Stopwords are removed and leave a position gap, so phrase queries do not match across them.
 */
public final class KhabarTermFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final WordAnalyzer words;

    public KhabarTermFilter(TokenStream in, WordAnalyzer words) {
        super(in);
        this.words = words;
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            TokenType tt;
            try {
                tt = TokenType.valueOf(type.type());
            } catch (IllegalArgumentException e) {
                tt = TokenType.LATIN; // a token from another tokenizer: treat as a plain word
            }
            if (tt == TokenType.LATIN && term.length() > 0 && ArabicTokenizer.isArabicLetter(term.charAt(0))) {
                tt = TokenType.ARABIC;
            }
            Word w = words.analyze(term.toString(), tt);
            if (w.stop() || w.key().isEmpty()) {
                skipped += posInc.getPositionIncrement();
                continue;
            }
            term.setEmpty().append(w.key());
            posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
            return true;
        }
        return false;
    }
}
