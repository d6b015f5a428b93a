package org.khabar.analyze;

/**
 * The named normalization rules, in the order they apply. {@link ArabicNormalizer#normalize} applies the
 * display rules (they never change how a word reads); {@link ArabicNormalizer#fold} applies the matching rules
 * on top (they merge spellings that a reader sees as the same word, so they are used for keys, never for display).
 */
public enum NormalizationRule {
    /** Unicode NFKC: Arabic presentation forms (ﻻ, ﺍﻟ…), ligatures and full-width forms become plain letters. */
    NFKC(false),
    /** Bidi controls (LRM, RLM, ALM, embeddings, isolates), zero-width (ZWSP/ZWNJ/ZWJ/BOM) and soft hyphen are removed. */
    REMOVE_CONTROLS(false),
    /** Harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks are removed. */
    REMOVE_DIACRITICS(false),
    /** Tatweel (kashida, ـ) is removed. */
    REMOVE_TATWEEL(false),
    /** Persian and Urdu yeh (ی ے) become Arabic yeh ي; Persian and swash kaf (ک ڪ) become ك; Urdu heh (ہ ە) become ه. */
    PERSIAN_URDU_LETTERS(false),
    /** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits become ASCII; Arabic decimal/thousands separators and percent sign become . , %. */
    ASCII_DIGITS(false),
    /** Alef forms أ إ آ ٱ become bare alef ا (matching only). */
    UNIFY_ALEF(true),
    /** Alef maksura ى becomes yeh ي (matching only). */
    FOLD_ALEF_MAKSURA(true),
    /** Teh marbuta ة becomes heh ه (matching only). */
    FOLD_TEH_MARBUTA(true),
    /** Hamza seats ؤ ئ become one letter (ئ), so مسؤول and مسئول match (matching only). */
    FOLD_HAMZA_SEATS(true),
    /** Latin letters are lower-cased (matching only). */
    LOWERCASE_LATIN(true);

    private final boolean matchingOnly;

    NormalizationRule(boolean matchingOnly) {
        this.matchingOnly = matchingOnly;
    }

    /** True when the rule is applied for matching keys only and never changes displayed text. */
    public boolean matchingOnly() {
        return matchingOnly;
    }
}
