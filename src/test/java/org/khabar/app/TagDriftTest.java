package org.khabar.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagDriftTest {

    @Test
    void aSmallCorpusIsNeverRetaggedYet() {
        assertThat(new TagDrift(0, 0).isFar()).isFalse();
        assertThat(new TagDrift(TagDrift.MIN_DOCUMENTS - 1, 0).isFar()).isFalse();
    }

    @Test
    void aCorpusNeverRetaggedDriftsOnceItIsBigEnough() {
        assertThat(new TagDrift(TagDrift.MIN_DOCUMENTS, 0).isFar()).isTrue();
    }

    @Test
    void driftIsFarWhenTheCorpusHasDoubledSinceTheLastFullRetag() {
        assertThat(new TagDrift(30_000, 20_000).isFar()).isFalse();
        assertThat(new TagDrift(39_999, 20_000).isFar()).isFalse();
        assertThat(new TagDrift(40_000, 20_000).isFar()).isTrue();
        assertThat(new TagDrift(20_000, 20_000).isFar()).isFalse();
    }

    @Test
    void describesBothFiguresForAnOperator() {
        assertThat(new TagDrift(30_179, 0).describe()).contains("no documents").contains("30,179");
        assertThat(new TagDrift(40_000, 20_000).describe()).contains("20,000").contains("40,000");
    }
}
