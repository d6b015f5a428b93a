package org.khabar.analyze;

/**
 * One analysed word.
 *
 * @param surface the word as written (display-normalized)
 * @param bare    the display form without conjunction/preposition proclitics but with ال kept
 *                (وأوكرانيا → أوكرانيا, للصراعات → الصراعات, بالأسلحة → الأسلحة); what a tag label shows
 * @param key     the matching key: folded, proclitics and ال removed, light-stemmed unless a known name
 * @param stop    a stopword (never starts or ends a tag)
 * @param article the bare form carries the definite article ال
 * @param name    a gazetteer name (kept out of the suffix stemmer)
 */
public record Word(String surface, String bare, String key, boolean stop, boolean article, boolean name) {
}
