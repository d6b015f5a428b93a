package org.khabar.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagReviewTest {

    @Test
    void countsEachShownTagByItsLabelAndTheUnreadOnesApart(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("review.tsv");
        Files.writeString(f, "# comment\nD1\tالناتو\tok\nD1\tوقت سابق\tfiller\nD2\tكييف\tok\n");
        TagReview review = TagReview.read(f);
        assertThat(review.docnos()).containsExactly("D1", "D2");
        Map<String, Integer> counts = review.count(Map.of("D1", List.of("الناتو", "وقت سابق", "الأسلحة"),
                "D2", List.of("كييف")));
        assertThat(counts).containsEntry("ok", 2).containsEntry("filler", 1).containsEntry("unjudged", 1);
        assertThat(review.labelOf("D2", "الناتو")).as("a label belongs to its article").isNull();
    }

    @Test
    void anUnknownLabelIsAClearError(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("review.tsv");
        Files.writeString(f, "D1\tالناتو\tgood\n");
        assertThatThrownBy(() -> TagReview.read(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("review.tsv:1").hasMessageContaining("ok");
    }
}
