package org.khabar.analyze;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineWordsTest {
    private final HeadlineWords words = new HeadlineWords();

    @Test
    void twoHeadlinesOnOneTopicShareTheirNamesWhateverTheirPrefixes() {
        Set<String> a = words.of("الإيبولا تعود في الكونغو.. وتقتل 17 شخصا");
        Set<String> b = words.of("خطر \"إيبولا\" يخيم على شرق الكونغو");
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        assertThat(shared).hasSize(2);
        // stop words are no headline words
        assertThat(a).doesNotContain("في");
        assertThat(b).doesNotContain("على");
    }

    @Test
    void anEmptyOrMissingHeadlineHasNoWords() {
        assertThat(words.of(null)).isEmpty();
        assertThat(words.of("  ")).isEmpty();
        assertThat(words.of("في على من")).isEmpty();
    }
}
