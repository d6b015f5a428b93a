package org.khabar.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagDriftTest {
    static final long TAGGER = 42;

    /** Drift under tags that this build's tagger made. */
    static TagDrift drift(long documents, long retaggedAt) {
        return new TagDrift(documents, retaggedAt, retaggedAt == 0 ? 0 : TAGGER, TAGGER);
    }

    @Test
    void aSmallCorpusIsNeverRetaggedYet() {
        assertThat(drift(0, 0).isFar()).isFalse();
        assertThat(drift(TagDrift.MIN_DOCUMENTS - 1, 0).isFar()).isFalse();
    }

    @Test
    void aCorpusNeverRetaggedDriftsOnceItIsBigEnough() {
        assertThat(drift(TagDrift.MIN_DOCUMENTS, 0).isFar()).isTrue();
    }

    @Test
    void driftIsFarWhenTheCorpusHasDoubledSinceTheLastFullRetag() {
        assertThat(drift(30_000, 20_000).isFar()).isFalse();
        assertThat(drift(39_999, 20_000).isFar()).isFalse();
        assertThat(drift(40_000, 20_000).isFar()).isTrue();
        assertThat(drift(20_000, 20_000).isFar()).isFalse();
    }

    @Test
    void describesBothFiguresForAnOperator() {
        assertThat(drift(30_179, 0).describe()).contains("no documents").contains("30,179");
        assertThat(drift(40_000, 20_000).describe()).contains("20,000").contains("40,000");
    }

    @Test
    void tagsOfAnotherTaggerAreFarWhateverTheGrowth() {
        assertThat(new TagDrift(20_000, 20_000, 41, TAGGER).isFar()).as("an upgrade changed the tagger").isTrue();
        assertThat(new TagDrift(20_000, 20_000, 0, TAGGER).isFar()).as("retagged before versions were kept").isTrue();
        assertThat(new TagDrift(20_000, 20_000, 41, TAGGER).describe()).contains("earlier version of the tagger");
        assertThat(new TagDrift(TagDrift.MIN_DOCUMENTS - 1, 500, 41, TAGGER).isFar()).as("too small either way").isFalse();
        assertThat(drift(20_000, 20_000).describe()).doesNotContain("version");
    }
}
