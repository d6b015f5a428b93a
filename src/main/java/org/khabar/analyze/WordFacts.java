package org.khabar.analyze;

/**
 * What the tagger needs to know about one distinct written word, computed once and shared by every article that uses
 * it. {@code keyId} numbers the word's matching key within one {@link Vocabulary}, so that phrases and corpus
 * frequencies are handled as small integers instead of strings; {@code keyHash} and {@code keyPow} (31^length) are
 * the key's {@link String#hashCode} parts, from which the hash of a phrase key is computed without building it.
 * {@code closer}: a stopword that may end a phrase of two or more words ({@link Lexicon#isPhraseCloser});
 * {@code neverAlone}: a content word that is no tag of one word ({@link Lexicon#isNeverAlone}); {@code personTitle}
 * and {@code personDescriptor}: {@link Lexicon#isPersonTitle} ("الرئيس") and {@link Lexicon#isPersonDescriptor}
 * ("السابق"); {@code renown}: {@link Lexicon#isRenown} ("الشهير").
 * {@code contentShape}, {@code article} and {@code conjoined} repeat what the {@link Word} says, so that the per-token
 * loops of {@link ArticleWords} read this one object and not the word and its strings (cache misses, per token).
 * {@code unglued}: for a word that may be a preposition ب ل ك glued to another word (لترامب، بنزيف), the facts of
 * that reading, as written; null for other words. An article takes it only when it also writes the other word
 * without the letter ({@link ArticleWords}). {@code formId} numbers the word's folded display form without ال
 * (الغوطة and غوطة share one; الطاقة and طاقات do not, though their stem keys meet).
 */
record WordFacts(Word word, int keyId, int keyHash, int keyPow, boolean particle, boolean blocksStart, boolean trigger,
                 boolean inflected, boolean adjective, boolean latinScript, boolean givenName, boolean closer,
                 boolean contentShape, boolean article, boolean conjoined, boolean neverAlone, boolean personTitle,
                 boolean personDescriptor, boolean renown, WordFacts unglued, int formId) {

    /** These facts for a word written {@code surface}, which the analyzer read as this word's display form. */
    WordFacts writtenAs(String surface, boolean conjoined) {
        Word w = new Word(surface, word.bare(), word.key(), word.stop(), word.article(), word.name());
        return new WordFacts(w, keyId, keyHash, keyPow, particle, blocksStart, trigger, inflected, adjective, latinScript,
                givenName, closer, contentShape, article, conjoined, neverAlone, personTitle, personDescriptor, renown,
                null, formId);
    }

    /** Not a stopword, and key and bare form of two letters or more: a content word if it is a word at all. */
    static boolean contentShape(Word w) {
        return !w.stop() && w.key().length() >= 2 && w.bare().length() >= 2;
    }

    /** Written with a leading conjunction و that the analyzer stripped. */
    static boolean conjoined(Word w) {
        return w.surface().length() > w.bare().length() && w.surface().charAt(0) == 'و';
    }

    /** 31 to the power of the string's length, in int arithmetic like {@link String#hashCode}. */
    static int pow31(int length) {
        int p = 1;
        for (int i = 0; i < length; i++) {
            p *= 31;
        }
        return p;
    }
}
