package org.khabar.bench;

import org.junit.jupiter.api.Test;
import org.khabar.core.Article;
import org.khabar.dedup.DedupConfig;
import org.khabar.dedup.DuplicateDetector;
import org.khabar.dedup.SourceCredits;
import org.khabar.store.InMemoryFingerprintStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticNewsTest {
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    /** 400 made-up source articles of two outlets, six paragraphs each, over a 3,000-word vocabulary. */
    private static List<SyntheticNews.SourceText> fixture() {
        Random r = new Random(5);
        String[] words = new String[3000];
        for (int w = 0; w < words.length; w++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, len = 3 + r.nextInt(5); k < len; k++) sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
            words[w] = sb.toString();
        }
        List<SyntheticNews.SourceText> texts = new ArrayList<>();
        for (int a = 0; a < 400; a++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 6; p++) {
                if (p > 0) body.append('\n');
                for (int w = 0; w < 30; w++) body.append(words[r.nextInt(words.length)]).append(w == 29 ? "." : " ");
            }
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 8; w++) title.append(words[r.nextInt(words.length)]).append(' ');
            texts.add(new SyntheticNews.SourceText(a % 2 == 0 ? "okaz" : "sabq", null, title.toString().strip(),
                    body.toString()));
        }
        return texts;
    }

    @Test
    void sameSeedAndIndexGiveTheSameArticleWhateverWasGeneratedBefore() {
        SyntheticNews one = SyntheticNews.of(7, fixture());
        SyntheticNews two = SyntheticNews.of(7, fixture());
        for (int i = 0; i < 300; i++) one.article(i);
        for (long i : new long[]{0, 5, 299, 1_000_000}) assertEquals(one.article(i), two.article(i));
        assertNotEquals(one.article(3).body(), SyntheticNews.of(8, fixture()).article(3).body());
        assertNotEquals(one.article(3).url(), one.article(4).url());
        assertTrue(one.article(4).published().isAfter(one.article(3).published()));
        assertThrows(IllegalArgumentException.class, () -> one.article(-1));
    }

    @Test
    void articlesAreRealParagraphsFromDistinctSourceArticlesOfOneOutlet() {
        List<SyntheticNews.SourceText> texts = fixture();
        Map<String, Integer> ownerOf = new HashMap<>();
        Map<String, String> outletOf = new HashMap<>();
        for (int a = 0; a < texts.size(); a++) {
            for (String p : texts.get(a).body().split("\n")) {
                ownerOf.put(p, a);
                outletOf.put(p, texts.get(a).outlet());
            }
        }
        SyntheticNews gen = SyntheticNews.of(1, texts);
        for (int i = 0; i < 200; i++) {
            Article a = gen.article(i);
            String[] paras = a.body().split("\n");
            assertTrue(paras.length >= SyntheticNews.MIN_PARAGRAPHS && paras.length <= SyntheticNews.MAX_BODY_PARAGRAPHS,
                    "paragraphs: " + paras.length);
            assertTrue(a.body().length() >= SyntheticNews.MIN_BODY_CHARS, "body length " + a.body().length());
            Set<Integer> owners = new HashSet<>();
            for (String p : paras) {
                assertTrue(ownerOf.containsKey(p), "not a source paragraph: " + p);
                assertTrue(owners.add(ownerOf.get(p)), "two paragraphs of one source article in article " + i);
                assertEquals(a.sourceId(), outletOf.get(p));
            }
            assertFalse(a.title().isBlank());
        }
    }

    @Test
    void noTwoOutputsShareMostOfTheirTextAndDedupFlagsNone() {
        SyntheticNews gen = SyntheticNews.of(3, fixture());
        int n = 1000;
        Map<String, List<Integer>> articlesWith = new HashMap<>();
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Article a = gen.article(i);
            out.add(a);
            for (String p : a.body().split("\n")) articlesWith.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
        }
        Map<Long, Integer> sharedChars = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : articlesWith.entrySet()) {
            List<Integer> as = e.getValue();
            for (int x = 0; x < as.size(); x++) {
                for (int y = x + 1; y < as.size(); y++) {
                    sharedChars.merge((long) as.get(x) * n + as.get(y), e.getKey().length(), Integer::sum);
                }
            }
        }
        assertFalse(sharedChars.isEmpty(), "the fixture pool is small enough that some paragraphs recur");
        for (Map.Entry<Long, Integer> e : sharedChars.entrySet()) {
            int x = (int) (e.getKey() / n);
            int y = (int) (e.getKey() % n);
            int shorter = Math.min(out.get(x).body().length(), out.get(y).body().length());
            assertTrue(e.getValue() * 2 < shorter, "articles " + x + " and " + y + " share " + e.getValue()
                    + " of " + shorter + " characters");
        }
        DuplicateDetector dedup = new DuplicateDetector(DedupConfig.DEFAULT, SourceCredits.withDefaults(Map.of()),
                new InMemoryFingerprintStore());
        for (int i = 0; i < n; i++) {
            Article a = out.get(i);
            assertFalse(dedup.ingest(i + 1L, a.sourceId(), a.published(), a.body()).isDuplicate(),
                    "dedup calls article " + i + " a copy");
        }
    }

    @Test
    void longParagraphsAreCutIntoSentenceRunsAndShortOnesDropped() {
        String sentence = "هذه جملة طويلة نسبيا في خبر عن الاقتصاد والسياسة في المنطقة العربية اليوم. ";
        String longParagraph = sentence.repeat(20).strip();
        List<String> parts = SyntheticNews.paragraphs("قصير\n" + longParagraph);
        assertTrue(parts.size() >= 3, "parts: " + parts.size());
        for (String p : parts) {
            assertTrue(p.length() >= SyntheticNews.MIN_PARAGRAPH_CHARS && p.length() <= SyntheticNews.MAX_PARAGRAPH_CHARS,
                    "part length " + p.length());
            assertTrue(p.endsWith("."), "cut inside a sentence: " + p);
        }
        assertEquals(longParagraph.replace(" ", ""), String.join("", parts).replace(" ", ""));
        assertThrows(IllegalArgumentException.class, () -> SyntheticNews.of(1, List.of()));
    }
}
