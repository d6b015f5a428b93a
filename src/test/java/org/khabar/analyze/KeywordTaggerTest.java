package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.core.Tag;

class KeywordTaggerTest {

    static MemoryCorpusStats stats;
    static KeywordTagger tagger;
    static String article;

    static String resource(String name) throws IOException {
        try (InputStream in = KeywordTaggerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void corpus() throws IOException {
        stats = new MemoryCorpusStats();
        tagger = new KeywordTagger(stats);
        for (String doc : resource("corpus-fixture.txt").split("\n---\n")) {
            stats.addDocument(tagger.corpusKeys("", doc));
        }
        article = resource("article-fixture.txt");
    }

    private static List<String> labels(List<Tag> tags) {
        return tags.stream().map(Tag::label).toList();
    }

    @Test
    void editorTagsForANewsArticle() {
        List<Tag> tags = tagger.tag("", article, 8);
        List<String> labels = labels(tags);
        assertThat(labels).hasSizeBetween(5, 8);
        assertThat(labels).contains("الناتو", "كييف", "زاخاروفا");
        assertThat(labels).anyMatch(l -> l.contains("الأسلحة"));
        assertThat(labels).anyMatch(l -> l.contains("الخارجية الروسية"));
        // scores are ranked best first
        for (int i = 1; i < tags.size(); i++) {
            assertThat(tags.get(i).score()).isLessThanOrEqualTo(tags.get(i - 1).score());
        }
    }

    @Test
    void overlappingWindowsOfOneLongNameBecomeThatName() {
        String title = "المجلس الأعلى للقوات المسلحة يحدد موعد الانتخابات البرلمانية";
        String body = "أعلن المجلس الأعلى للقوات المسلحة في مصر أن الانتخابات البرلمانية ستجري في نوفمبر. "
                + "وقال بيان المجلس الأعلى للقوات المسلحة إن اللجنة العليا للانتخابات ستعلن الجدول.";
        List<String> labels = labels(tagger.tag(title, body, 8));
        assertThat(labels).contains("المجلس الأعلى للقوات المسلحة");
        assertThat(labels).doesNotContain("المجلس الأعلى للقوات", "الأعلى للقوات المسلحة");
        assertThat(labels).allMatch(l -> l.split(" ").length <= KeywordTagger.MAX_JOINED_WORDS);
    }

    @Test
    void tagKeyIsTheCanonicalKeyOfItsLabel() {
        for (Tag t : tagger.tag("", article, 10)) {
            assertThat(TagKeys.keyOf(t.label())).as(t.label()).isEqualTo(t.key());
        }
    }

    @Test
    void labelsAreBareSurfaceFormsWithoutProcliticsOrStopwordEdges() {
        WordAnalyzer wa = new WordAnalyzer();
        for (Tag t : tagger.tag("", article, 10)) {
            String[] words = t.label().split(" ");
            assertThat(wa.analyzeArabic(words[0]).stop()).as(t.label()).isFalse();
            assertThat(wa.analyzeArabic(words[words.length - 1]).stop()).as(t.label()).isFalse();
            assertThat(words[0]).as(t.label()).doesNotStartWith("لل").doesNotStartWith("وال").doesNotStartWith("بال");
        }
    }

    @Test
    void sameTextGivesSameTags() {
        List<Tag> a = tagger.tag("عنوان", article, 8);
        List<Tag> b = tagger.tag("عنوان", article, 8);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void titleWordsWeighMore() {
        List<String> withTitle = labels(tagger.tag("بروكسل تستضيف اجتماع الناتو", article, 8));
        assertThat(withTitle).contains("بروكسل");
    }

    @Test
    void corpusKeysHoldStemsPhrasesAndEvidence() {
        Collection<String> keys = tagger.corpusKeys("", "أكد الرئيس بوتين أن الخارجية الروسية ترفض العقوبات.");
        assertThat(keys).contains(TagKeys.keyOf("الخارجية الروسية"), TagKeys.keyOf("العقوبات"),
                KeywordTagger.DEFINITE + TagKeys.keyOf("العقوبات"), KeywordTagger.AFTER_TITLE + TagKeys.keyOf("بوتين"));
        assertThat(keys).doesNotContain(TagKeys.keyOf("أكد"));
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void maxIsRespected() {
        assertThat(tagger.tag("", article, 3)).hasSize(3);
        assertThat(tagger.tag("", article, 0)).isEmpty();
    }

    @Test
    void badInputGivesDefinedOutputInBoundedTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(tagger.tag("", "", 8)).isEmpty();
            assertThat(tagger.tag(null, null, 8)).isEmpty();
            assertThat(tagger.corpusKeys(null, null)).isEmpty();
            List<Tag> latin = tagger.tag("Breaking news", "NATO leaders met in Brussels. NATO said Ukraine will get arms.", 8);
            assertThat(labels(latin)).contains("NATO");
            String noSpaces = "ك".repeat(1 << 20);
            assertThat(tagger.tag("", noSpaces, 8)).isEmpty();
            assertThat(new TextAnalyzer().tokens(noSpaces)).isEmpty();
            String bidi = "\u202Bالناتو\u202C NATO \u200Fكييف\u200E \u2067Kyiv\u2069 الناتو كييف";
            assertThat(labels(tagger.tag("", bidi, 8))).contains("الناتو", "كييف");
            String surrogates = "الناتو\uD800 \uDC00كييف \uD83D";
            assertThat(labels(tagger.tag("", surrogates, 8))).contains("الناتو", "كييف");
            String repeated = "الصراع ".repeat(100_000);
            List<Tag> rep = tagger.tag("", repeated, 8);
            assertThat(labels(rep)).containsExactly("الصراع");
            assertThat(new TextAnalyzer().tokens(repeated)).hasSize(100_000);
        });
    }

    @Test
    void emptyCorpusStillTags() {
        KeywordTagger fresh = new KeywordTagger(new MemoryCorpusStats());
        assertThat(labels(fresh.tag("", article, 8))).contains("الناتو");
    }
}
