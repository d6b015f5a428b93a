package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCacheTest {

    private final Vocabulary vocabulary = new Vocabulary(new WordAnalyzer(), Lexicon.get());

    @Test
    void findsAWordByItsRangeInAnyText() {
        WordCache cache = new WordCache(vocabulary);
        WordFacts first = cache.of("قال الرئيس", 4, 10, TokenType.ARABIC);
        assertThat(first).isSameAs(vocabulary.of("الرئيس", TokenType.ARABIC));
        assertThat(cache.of("والرئيس الرئيس", 8, 14, TokenType.ARABIC)).isSameAs(first);
        assertThat(cache.of("والرئيس", 0, 7, TokenType.ARABIC)).isNotSameAs(first);
    }

    /** The vocabulary tells a Latin "x" from the hashtag-less form; the cache must as well. */
    @Test
    void theTokenTypeIsPartOfTheKey() {
        WordCache cache = new WordCache(vocabulary);
        WordFacts latin = cache.of("Apple", TokenType.LATIN);
        WordFacts number = cache.of("Apple", TokenType.NUMBER);
        assertThat(latin).isSameAs(vocabulary.of("Apple", TokenType.LATIN));
        assertThat(number).isSameAs(vocabulary.of("Apple", TokenType.NUMBER)).isNotSameAs(latin);
    }

    /** Forms with the same String hash ("Aa", "BB") are told apart by their chars. */
    @Test
    void collidingHashesAreToldApart() {
        WordCache cache = new WordCache(vocabulary);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        WordFacts aa = cache.of("Aa", TokenType.LATIN);
        WordFacts bb = cache.of("BB", TokenType.LATIN);
        assertThat(aa.word().surface()).isEqualTo("Aa");
        assertThat(bb.word().surface()).isEqualTo("BB");
        assertThat(cache.of("xAa", 1, 3, TokenType.LATIN)).isSameAs(aa);
    }

    /** When full the cache starts over; every answer stays the vocabulary's. */
    @Test
    void staysCorrectPastItsCapacity() {
        WordCache cache = new WordCache(vocabulary);
        int words = WordCache.SLOTS / 2 + 1000;
        for (int i = 0; i < words; i++) {
            String form = "w" + i;
            assertThat(cache.of(form, TokenType.LATIN).word().surface()).isEqualTo(form);
        }
        assertThat(cache.of("w1", TokenType.LATIN)).isSameAs(vocabulary.of("w1", TokenType.LATIN));
    }

    /** Long forms fill the char pool before the table; the cache starts over then too. */
    @Test
    void staysCorrectPastItsPool() {
        WordCache cache = new WordCache(vocabulary);
        String text = "x".repeat(1000);
        for (int i = 0; i < WordCache.POOL / 1000 + 10; i++) {
            String form = i + text;
            assertThat(cache.of(form, TokenType.LATIN).word().surface()).isEqualTo(form);
        }
        String huge = "y".repeat(WordCache.POOL + 1);
        assertThat(cache.of(huge, TokenType.LATIN).word().surface()).isEqualTo(huge);
        assertThat(cache.of("0" + text, TokenType.LATIN)).isSameAs(vocabulary.of("0" + text, TokenType.LATIN));
    }
}
