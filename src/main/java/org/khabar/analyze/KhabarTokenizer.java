package org.khabar.analyze;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Lucene adapter for {@link ArabicTokenizer}: reads the whole field (bounded by {@link #MAX_CHARS}), emits
 * display-normalized tokens with offsets into the original text. The type attribute carries the {@link TokenType}.
 */
public final class KhabarTokenizer extends Tokenizer {

    /** Text beyond this many chars is ignored (a field of news text is far shorter). */
    public static final int MAX_CHARS = 4 * 1024 * 1024;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder buf = new StringBuilder();
    private final char[] chunk = new char[8192];
    private List<Token> tokens;
    private int next;
    private int finalOffset;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (tokens == null) {
            buf.setLength(0);
            int r;
            while ((r = input.read(chunk)) > 0) {
                if (buf.length() < MAX_CHARS) {
                    buf.append(chunk, 0, Math.min(r, MAX_CHARS - buf.length()));
                }
            }
            tokens = ArabicTokenizer.tokenize(buf.toString());
            finalOffset = correctOffset(buf.length());
            next = 0;
        }
        if (next >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(next++);
        term.setEmpty().append(t.text());
        offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
        type.setType(t.type().name());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens = null;
        next = 0;
    }
}
