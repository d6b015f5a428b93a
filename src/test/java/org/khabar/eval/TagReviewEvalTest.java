package org.khabar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.analyze.KeywordTagger;
import org.khabar.analyze.ShownTags;
import org.khabar.core.Article;

/**
 * Issue #3, "tags must read well": the tags the reviewed ANT articles carry, against the strict editor's labels
 * ({@code khabar eval tag-review}). Tags nobody has read yet count as not publishable, so a change that shows many
 * new tags fails here until they are read.
 */
@Tag("eval")
class TagReviewEvalTest {

    @Test
    void anEditorWouldPublishMostShownTagsUnchanged() throws Exception {
        TagReview review = TagReview.read(TagReviewEval.REPO_LABELS);
        Map<String, Article> articles = TagReviewEval.reviewedArticles(review, AnalyzeEvalData.antFile());
        KeywordTagger tagger = new KeywordTagger(AnalyzeEvalData.antStats());
        Map<String, List<org.khabar.core.Tag>> tags = new LinkedHashMap<>();
        for (String docno : review.docnos()) {
            Article a = articles.get(docno);
            tags.put(docno, tagger.articleTags(a.title(), a.body()));
            int candidates = tagger.tag(a.title(), a.body(), ShownTags.MAX).size(); // a short article may have fewer
            assertThat(tags.get(docno).size()).as("tags of %s", docno)
                    .isBetween(Math.min(ShownTags.MIN, candidates), ShownTags.MAX);
        }
        Map<String, List<String>> shown = TagReviewEval.labelsOf(tags);
        Map<String, Integer> counts = review.count(shown);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        double ok = counts.getOrDefault("ok", 0) / (double) total;
        double fragments = counts.getOrDefault("fragment", 0) / (double) total;
        System.out.printf("tag review: %d shown tags, ok %.3f, fragments %.3f, unjudged %d%n", total, ok, fragments,
                counts.getOrDefault("unjudged", 0));
        assertThat(ok).as("editor acceptance").isGreaterThanOrEqualTo(0.57);
        assertThat(fragments).as("fragments").isLessThanOrEqualTo(0.14);
    }
}
