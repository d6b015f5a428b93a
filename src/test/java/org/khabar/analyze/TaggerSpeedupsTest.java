package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.core.Tag;
import org.khabar.store.CorpusStats;

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

    /**
     * Between two articles of an import one document is counted: what the tagger read before is brought up to date
     * from that document's keys, and only the article's phrases and prefixed keys (a few) are read again.
     */
    @Test
    void wordFrequenciesAreBroughtUpToDateNotReadAgain() throws IOException {
        Watched stats = new Watched(true);
        List<String> asked = roundsOfTagging(stats);
        assertThat(asked).as("keys read in the second round").isNotEmpty().allMatch(k -> !isWordKey(k));
    }

    /** Statistics that cannot list the documents counted since: every figure is read again. */
    @Test
    void withoutTheCountedDocumentsEveryFigureIsReadAgain() throws IOException {
        Watched stats = new Watched(false);
        List<String> asked = roundsOfTagging(stats);
        assertThat(asked).as("keys read in the second round").anyMatch(TaggerSpeedupsTest::isWordKey);
    }

    private static boolean isWordKey(String key) {
        return !key.contains(" ") && !key.startsWith(KeywordTagger.DEFINITE) && !key.startsWith(KeywordTagger.AFTER_TITLE);
    }

    /**
     * A document counted while the tagger was reading may already be in some of the figures it got, so listing it
     * afterwards would count it twice: the next round reads everything again.
     */
    @Test
    void aDocumentCountedWhileReadingIsNotCountedTwice() throws IOException {
        String article = KeywordTaggerTest.resource("article-fixture.txt");
        String[] docs = KeywordTaggerTest.resource("corpus-fixture.txt").split("\n---\n");
        Watched stats = new Watched(true);
        KeywordTagger tagger = new KeywordTagger(stats);
        for (int d = 0; d < 3; d++) stats.addDocument(tagger.corpusKeys("", docs[d]));
        stats.countDuringNextRead = tagger.corpusKeys("", article); // shares every word the article is scored by
        tagger.tag("", article, 8);
        assertThat(stats.countDuringNextRead).as("the document was counted mid-read").isNull();
        stats.addDocument(tagger.corpusKeys("", docs[3]));
        assertThat(tagger.tag("", article, 8)).isEqualTo(new KeywordTagger(stats).tag("", article, 8));
    }

    /** Tags the fixture article, counts a corpus document, tags it again: the keys read in the second round. */
    private static List<String> roundsOfTagging(Watched stats) throws IOException {
        String article = KeywordTaggerTest.resource("article-fixture.txt");
        String[] docs = KeywordTaggerTest.resource("corpus-fixture.txt").split("\n---\n");
        KeywordTagger tagger = new KeywordTagger(stats);
        for (int d = 0; d < 3; d++) stats.addDocument(tagger.corpusKeys("", docs[d]));
        tagger.tag("", article, 8);
        stats.addDocument(tagger.corpusKeys("", article)); // the article is counted, as the ingest does
        stats.asked.clear();
        List<Tag> second = tagger.tag("", article, 8);
        assertThat(second).isEqualTo(new KeywordTagger(stats.inner).tag("", article, 8)).isNotEmpty();
        return new ArrayList<>(stats.asked);
    }

    /**
     * In-memory statistics that record the keys read, can count a document in the middle of a read, and list the
     * documents counted as the SQLite statistics do ({@code lists}).
     */
    private static final class Watched implements CorpusStats {
        final MemoryCorpusStats inner = new MemoryCorpusStats();
        final org.khabar.store.CountJournal journal = new org.khabar.store.CountJournal();
        final boolean lists;
        final List<String> asked = new ArrayList<>();
        Collection<String> countDuringNextRead;

        Watched(boolean lists) {
            this.lists = lists;
        }

        @Override
        public long documentCount() {
            return inner.documentCount();
        }

        @Override
        public Map<String, Long> documentFrequencies(Collection<String> keys) {
            asked.addAll(keys);
            if (countDuringNextRead != null) {
                addDocument(countDuringNextRead); // listed too, as another thread's document would be
                countDuringNextRead = null;
            }
            return inner.documentFrequencies(keys);
        }

        @Override
        public void addDocument(Collection<String> distinctKeys) {
            inner.addDocument(distinctKeys);
            journal.record(inner.documentCount(), distinctKeys);
        }

        @Override
        public Optional<List<Collection<String>>> documentsSince(long documentCount) {
            return lists ? journal.since(documentCount, inner.documentCount()) : Optional.empty();
        }

        @Override
        public long retaggedAt() {
            return 0;
        }

        @Override
        public long retaggedWith() {
            return 0;
        }

        @Override
        public void setRetagged(long documents, long taggerVersion) {
        }

        @Override
        public void flush() {
        }
    }
}
