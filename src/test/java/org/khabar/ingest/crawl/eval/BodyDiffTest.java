package org.khabar.ingest.crawl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyDiffTest {

    @Test
    void kindSaysWhetherBoilerplateWasKeptOrTextLost() {
        assertThat(BodyDiff.of("a\nb", "a\nb").kind()).isEqualTo(BodyDiff.Kind.IDENTICAL);
        BodyDiff kept = BodyDiff.of("a\nb\nتعليق", "a\nb");
        assertThat(kept.kind()).isEqualTo(BodyDiff.Kind.EXTRA_LINES);
        assertThat(kept.extra()).containsExactly("تعليق");
        BodyDiff lost = BodyDiff.of("a", "a\nاقرأ أيضا:\nb");
        assertThat(lost.kind()).isEqualTo(BodyDiff.Kind.MISSING_LINES);
        assertThat(lost.missing()).containsExactly("اقرأ أيضا:", "b");
        assertThat(BodyDiff.of("a\nb2", "a\nb").kind()).isEqualTo(BodyDiff.Kind.CHANGED_LINES);
        assertThat(BodyDiff.of("b\na", "a\nb").kind()).isEqualTo(BodyDiff.Kind.REORDERED);
        assertThat(BodyDiff.of("ملخص", "").kind()).isEqualTo(BodyDiff.Kind.CORPUS_EMPTY);
    }

    @Test
    void repeatedLinesCountAsOftenAsTheyOccur() {
        BodyDiff d = BodyDiff.of("a\na\nb", "a\nb");
        assertThat(d.kind()).isEqualTo(BodyDiff.Kind.EXTRA_LINES);
        assertThat(d.extra()).containsExactly("a");
        assertThat(d.describe(200)).isEqualTo("EXTRA_LINES: extra «a»");
    }
}
