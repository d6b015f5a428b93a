package org.khabar.analyze;

import java.util.Arrays;

/**
 * The tokens of one article (title, then body) with each one's word facts, looked up as the tokenizer finds them:
 * a plain token is looked up by its char range ({@link WordCache}), so no token String or {@link Token} is made.
 */
final class ArticleTokens implements TokenSink {

    private final WordCache words;
    private WordFacts[] facts;
    private TokenType[] types;
    private boolean[] boundary;
    private boolean[] paragraph;
    private int size;

    ArticleTokens(WordCache words, int expected) {
        this.words = words;
        int cap = Math.max(16, expected);
        facts = new WordFacts[cap];
        types = new TokenType[cap];
        boundary = new boolean[cap];
        paragraph = new boolean[cap];
    }

    /** Appends the tokens of {@code text}. */
    void scan(String text) {
        ArabicTokenizer.scan(text, this);
    }

    @Override
    public void plain(String text, int start, int end, TokenType type, boolean boundaryBefore, boolean paragraphBefore) {
        add(words.of(text, start, end, type), type, boundaryBefore, paragraphBefore);
    }

    @Override
    public void normalized(String form, int start, int end, TokenType type, boolean boundaryBefore, boolean paragraphBefore) {
        add(words.of(form, type), type, boundaryBefore, paragraphBefore);
    }

    private void add(WordFacts f, TokenType type, boolean boundaryBefore, boolean paragraphBefore) {
        if (size == facts.length) {
            int cap = size * 2;
            facts = Arrays.copyOf(facts, cap);
            types = Arrays.copyOf(types, cap);
            boundary = Arrays.copyOf(boundary, cap);
            paragraph = Arrays.copyOf(paragraph, cap);
        }
        facts[size] = f;
        types[size] = type;
        boundary[size] = boundaryBefore;
        paragraph[size] = paragraphBefore;
        size++;
    }

    int size() {
        return size;
    }

    /** Facts of token {@code i}; its display form is {@code facts(i).word().surface()}. */
    WordFacts facts(int i) {
        return facts[i];
    }

    TokenType type(int i) {
        return types[i];
    }

    /** Punctuation or a paragraph break separates token {@code i} from the one before it in the same text. */
    boolean boundaryBefore(int i) {
        return boundary[i];
    }

    /** A line break separates token {@code i} from the one before it in the same text. */
    boolean paragraphBefore(int i) {
        return paragraph[i];
    }
}
