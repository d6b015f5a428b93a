package org.khabar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.analyze.KeywordTagger;

/**
 * Seed check (issue #3): the seed page's main article (paragraphs before "المصدر", the first serving as title),
 * IDF from ANT; the top 8 tags must contain at least 5 of the editor's 6 tags.
 */
@Tag("eval")
class SeedCheckEvalTest {

    static final List<String> SEED_TAGS = List.of("الناتو", "الأسلحة", "الخارجية الروسية", "كييف", "الصراع", "أوكراني");

    @Test
    void topEightHoldFiveOfTheSixSeedTags() throws Exception {
        String page = Files.readString(AnalyzeEvalData.shared().resolve("spec/seed-page.txt"), StandardCharsets.UTF_8);
        String article = page.substring(0, page.indexOf("المصدر"));
        List<String> paras = new ArrayList<>();
        for (String p : article.split("\n")) {
            if (!p.isBlank()) {
                paras.add(p.strip());
            }
        }
        String title = paras.get(0);
        String body = String.join("\n\n", paras.subList(1, paras.size()));
        KeywordTagger tagger = new KeywordTagger(AnalyzeEvalData.antStats());
        List<String> top8 = tagger.tag(title, body, 8).stream().map(org.khabar.core.Tag::label).toList();
        int found = SeedMatch.found(SEED_TAGS, top8);
        System.out.println("seed check: top 8 " + top8 + " -> " + found + "/6 seed tags");
        List<String> shown = tagger.articleTags(title, body).stream().map(org.khabar.core.Tag::label).toList();
        int shownFound = SeedMatch.found(SEED_TAGS, shown);
        System.out.println("seed check: shown " + shown + " -> " + shownFound + "/6 seed tags");
        assertThat(found).as("seed tags found in %s", top8).isGreaterThanOrEqualTo(5);
        // the page shows 5 to 8 (ShownTags): the editor's tags must survive that cut too
        assertThat(shownFound).as("seed tags among the shown %s", shown).isGreaterThanOrEqualTo(5);
    }
}
