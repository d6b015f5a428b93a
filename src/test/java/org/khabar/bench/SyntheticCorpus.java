package org.khabar.bench;

import org.khabar.core.Article;
import org.khabar.core.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic Arabic-like news for benchmarks: a Zipf-distributed vocabulary of made-up words over
 * the Arabic alphabet, grouped into topics so that articles of one topic share vocabulary (MoreLikeThis has real
 * neighbours to find). Bodies are ~1.7 KB like the ANT corpus; each article has 10 tags.
 */
public final class SyntheticCorpus {

    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private final Random random;
    private final String[] vocabulary;
    private final int topics;
    private final double[] zipf;

    public SyntheticCorpus(long seed, int vocabularySize, int topics) {
        this.random = new Random(seed);
        this.topics = topics;
        this.vocabulary = new String[vocabularySize];
        for (int i = 0; i < vocabularySize; i++) vocabulary[i] = word(3 + random.nextInt(5));
        this.zipf = new double[vocabularySize];
        double sum = 0;
        for (int i = 0; i < vocabularySize; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        for (int i = 0; i < vocabularySize; i++) zipf[i] /= sum;
    }

    private String word(int len) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        return sb.toString();
    }

    /** A word: 40% from the article's topic band, else Zipf over the whole vocabulary. */
    private String nextWord(int topic) {
        if (random.nextDouble() < 0.4) {
            int band = vocabulary.length / 2 / topics;
            return vocabulary[vocabulary.length / 2 + topic * band + random.nextInt(Math.max(1, band))];
        }
        int i = java.util.Arrays.binarySearch(zipf, random.nextDouble());
        return vocabulary[i < 0 ? -i - 1 : i];
    }

    public int topicOf(int n) {
        return n % topics;
    }

    public Article article(int n) {
        int topic = topicOf(n);
        StringBuilder body = new StringBuilder();
        while (body.length() < 1700) {
            for (int w = 0; w < 12; w++) body.append(nextWord(topic)).append(' ');
            body.setLength(body.length() - 1);
            body.append(random.nextInt(4) == 0 ? ".\n" : ". ");
        }
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < 7; w++) title.append(nextWord(topic)).append(' ');
        List<Tag> tags = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            String w = nextWord(topic);
            tags.add(new Tag(w, w, 1.0 - t * 0.05));
        }
        return Article.draft("https://news.example/" + topic + "/" + n, "source" + (n % 7), "ext" + n,
                title.toString().strip(), Instant.parse("2024-01-01T00:00:00Z").plusSeconds(n * 60L), null,
                null, body.toString(), null).withTags(tags);
    }

    /** Distinct analysis keys of an article as the analyzer would count them: words and adjacent word pairs. */
    public List<String> keys(Article a) {
        String[] words = (a.title() + " " + a.body()).replace(".", " ").split("\\s+");
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) continue;
            keys.add(words[i]);
            if (i + 1 < words.length) keys.add(words[i] + " " + words[i + 1]);
        }
        return new ArrayList<>(keys);
    }
}
