package org.khabar.analyze;

/** Receives the tokens {@link ArabicTokenizer#scan} finds, in text order. */
interface TokenSink {

    /**
     * A token whose display form is exactly {@code text[start, end)}: nothing in it needed normalizing.
     *
     * @param boundary  punctuation or a paragraph break separates it from the previous token
     * @param paragraph a line break separates it from the previous token
     */
    void plain(String text, int start, int end, TokenType type, boolean boundary, boolean paragraph);

    /**
     * A token whose display form {@code form} differs from its raw range {@code [start, end)} (diacritics, tatweel,
     * controls, presentation forms); a ligature that expands to several words gives several tokens with one range.
     */
    void normalized(String form, int start, int end, TokenType type, boolean boundary, boolean paragraph);
}
