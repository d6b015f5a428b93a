package org.khabar.analyze;

/** Kind of a token produced by {@link ArabicTokenizer}. */
public enum TokenType {
    /** A run of Arabic letters. */
    ARABIC,
    /** A word in Latin (or another non-Arabic) script, possibly with inner hyphens, dots or apostrophes (COVID-19, U.S). */
    LATIN,
    /** A number, with decimal/thousands separators, an attached unit (50km, 5G) or a percent sign. */
    NUMBER,
    /** #hashtag, kept whole. */
    HASHTAG,
    /** @mention, kept whole. */
    MENTION,
    /** http(s):// or www. address, kept whole. */
    URL
}
