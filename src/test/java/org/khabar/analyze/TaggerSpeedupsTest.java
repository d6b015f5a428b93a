package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.core.Tag;

/** The speed-ups of the tagger must not change what it computes. */
class TaggerSpeedupsTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(new WordAnalyzer(), Lexicon.get());

    /** Ties between equal scores are broken by the order a string-keyed HashMap gave; the table must reproduce it. */
    @Test
    void candidatesComeInTheOrderOfAStringKeyedHashMap() throws IOException {
        List<String> texts = new ArrayList<>(List.of(KeywordTaggerTest.resource("article-fixture.txt").split("\n")));
        texts.addAll(List.of(KeywordTaggerTest.resource("corpus-fixture.txt").split("\n---\n")));
        texts.add(KeywordTaggerTest.resource("corpus-fixture.txt")); // one long article: a larger table
        texts.add("");
        texts.add("كلمة");
        int checked = 0;
        for (String text : texts) {
            ArticleWords d = new ArticleWords("عنوان الخبر", text, VOCABULARY);
            HashMap<String, Candidate> real = new HashMap<>(d.n * 2);
            for (Candidate c : d.candidates.all()) {
                real.put(c.key(d), c);
                assertThat(c.keyHash).isEqualTo(c.key(d).hashCode());
            }
            assertThat(d.candidates.hashMapOrder(d.n * 2, d)).containsExactlyElementsOf(real.values());
            checked += real.size();
        }
        assertThat(checked).isGreaterThan(600);
    }

    @Test
    void phraseTableFindsEveryCandidateByItsIds() throws IOException {
        ArticleWords d = new ArticleWords("", KeywordTaggerTest.resource("article-fixture.txt"), VOCABULARY);
        for (Candidate c : d.candidates.all()) {
            assertThat(d.candidates.get(c.ids, 0, c.ids.length)).isSameAs(c);
        }
        assertThat(d.candidates.get(new int[] {-1, -2}, 0, 2)).isNull();
    }

    /** A word's count in the article is read from its one-word candidate: it must be the plain count. */
    @Test
    void wordCountsAreTheOccurrencesOfContentWords() throws IOException {
        ArticleWords d = new ArticleWords("الرئيس يزور روسيا", KeywordTaggerTest.resource("article-fixture.txt"), VOCABULARY);
        HashMap<Integer, Integer> counted = new HashMap<>();
        for (int i = 0; i < d.n; i++) {
            if (d.content[i] && !d.particle[i]) {
                counted.merge(d.ids[i], 1, Integer::sum);
            }
        }
        assertThat(counted).hasSizeGreaterThan(30);
        for (int i = 0; i < d.n; i++) {
            assertThat(d.wordTf(d.ids[i])).as("word %d", i).isEqualTo(counted.getOrDefault(d.ids[i], 0));
        }
        assertThat(d.wordTf(-1)).isZero();
    }

    /** Remembered corpus frequencies are dropped when a document is counted: tags follow the statistics at once. */
    @Test
    void tagsFollowTheStatisticsAsDocumentsArrive() throws IOException {
        String article = KeywordTaggerTest.resource("article-fixture.txt");
        MemoryCorpusStats stats = new MemoryCorpusStats();
        KeywordTagger growing = new KeywordTagger(stats);
        List<List<Tag>> seen = new ArrayList<>();
        for (String doc : KeywordTaggerTest.resource("corpus-fixture.txt").split("\n---\n")) {
            List<Tag> now = growing.tag("", article, 8);
            List<Tag> fresh = new KeywordTagger(stats).tag("", article, 8);
            assertThat(now).isEqualTo(fresh);
            seen.add(now);
            stats.addDocument(growing.corpusKeys("", doc));
        }
        assertThat(seen.get(0)).isNotEqualTo(seen.get(seen.size() - 1)); // IDF did change along the way
    }
}
