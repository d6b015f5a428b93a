package org.khabar.analyze;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.core.Tag;
import org.khabar.store.CorpusStats;

/**
 * Editor-style keyword tags for one article. Candidates are 1–3-word phrases that stay inside a punctuation-bounded
 * segment and neither start nor end with a stopword; they are grouped by their stem key and shown in their most
 * frequent bare surface form. Signals: frequency in title, lead and body; position of first mention; corpus IDF;
 * collocation strength of multiword candidates (share of the rarest word's documents that hold the phrase); name
 * likelihood (gazetteer, words following titles such as الرئيس/وزير, corpus evidence) and noun likelihood (how often
 * a word is seen with ال in the corpus, which keeps verbs out). Redundant sub-phrases are dropped unless they also
 * occur on their own.
 */
public final class KeywordTagger {

    /** Corpus key prefix: the word was seen with the definite article in a document. */
    static final String DEFINITE = "d:";
    /** Corpus key prefix: the word followed a title word (الرئيس، وزير …) in a document. */
    static final String AFTER_TITLE = "n:";
    /** Candidates considered in the second, corpus-informed scoring stage. */
    private static final int SHORTLIST = 80;

    private final CorpusStats stats;
    private final WordAnalyzer words;
    private final Lexicon lex;
    private final Gazetteer gazetteer;
    private final Weights w;

    public KeywordTagger(CorpusStats stats) {
        this(stats, Weights.DEFAULT);
    }

    public KeywordTagger(CorpusStats stats, Weights weights) {
        this.stats = stats;
        this.lex = Lexicon.get();
        this.words = new WordAnalyzer(lex);
        this.gazetteer = Gazetteer.get();
        this.w = weights;
    }

    /** Tunable weights of the scoring signals. */
    public record Weights(double title, double lead, double position, double phrase, double cohesion,
                          double name, double verbPenalty, double subphraseKeep) {
        public static final Weights DEFAULT = new Weights(2.0, 1.0, 2.0, 1.2, 1.0, 1.6, 0.25, 2.0);
    }

    /** The distinct keys this document adds to the corpus statistics. */
    public Collection<String> corpusKeys(String title, String body) {
        Doc d = new Doc(title, body);
        Set<String> keys = new HashSet<>(d.n * 3);
        for (int i = 0; i < d.n; i++) {
            if (d.content[i]) {
                keys.add(d.w[i].key());
                if (d.w[i].article()) {
                    keys.add(DEFINITE + d.w[i].key());
                }
                if (d.afterTitle[i]) {
                    keys.add(AFTER_TITLE + d.w[i].key());
                }
            }
        }
        keys.addAll(d.candidates.keySet().stream().filter(k -> k.indexOf(' ') > 0).toList());
        return keys;
    }

    /** Up to {@code max} tags, best first. Never null; empty for text without content words. */
    public List<Tag> tag(String title, String body, int max) {
        Doc d = new Doc(title, body);
        if (d.candidates.isEmpty() || max <= 0) {
            return List.of();
        }
        long n = Math.max(0, stats.documentCount());
        // stage 1: unigram IDF for every content word
        Set<String> uni = new LinkedHashSet<>();
        for (int i = 0; i < d.n; i++) {
            if (d.content[i]) {
                uni.add(d.w[i].key());
            }
        }
        Map<String, Long> df = new HashMap<>(stats.documentFrequencies(uni));
        List<Cand> all = new ArrayList<>(d.candidates.values());
        for (Cand c : all) {
            c.score = baseScore(d, c, df, n);
        }
        all.sort((a, b) -> Double.compare(b.score, a.score));
        List<Cand> shortlist = new ArrayList<>(all.subList(0, Math.min(SHORTLIST, all.size())));
        // stage 2: phrase frequencies and word evidence for the shortlist only
        Set<String> more = new HashSet<>();
        for (Cand c : shortlist) {
            if (c.words.length > 1) {
                more.add(c.key);
            }
            for (String k : c.words) {
                more.add(DEFINITE + k);
                more.add(AFTER_TITLE + k);
            }
        }
        df.putAll(stats.documentFrequencies(more));
        for (Cand c : shortlist) {
            c.score = fullScore(d, c, df, n);
        }
        shortlist.sort((a, b) -> b.score != a.score ? Double.compare(b.score, a.score) : Integer.compare(a.first, b.first));
        return select(shortlist, max);
    }

    private double idf(Map<String, Long> df, String key, long n) {
        long f = df.getOrDefault(key, 0L);
        return Math.log(1.0 + (n + 1.0) / (f + 1.0));
    }

    private double baseScore(Doc d, Cand c, Map<String, Long> df, long n) {
        double idf = 0;
        for (String k : c.words) {
            idf += idf(df, k, n);
        }
        idf /= c.words.length;
        double tf = c.tf + w.title * c.titleTf + w.lead * c.leadTf;
        double pos = 1.0 + w.position / (1.0 + 10.0 * c.first / Math.max(1, d.n));
        double len = c.words.length == 1 ? 1.0 : w.phrase;
        return tf * idf * pos * len;
    }

    private double fullScore(Doc d, Cand c, Map<String, Long> df, long n) {
        double s = baseScore(d, c, df, n);
        if (c.words.length > 1) {
            long minDf = Long.MAX_VALUE;
            int minTf = Integer.MAX_VALUE;
            for (String k : c.words) {
                minDf = Math.min(minDf, df.getOrDefault(k, 0L));
                minTf = Math.min(minTf, d.wordTf.getOrDefault(k, 1));
            }
            double corpusCohesion = (df.getOrDefault(c.key, 0L) + 0.5) / (minDf + 1.0);
            double docCohesion = (double) c.tf / Math.max(1, minTf);
            double coh = Math.sqrt(Math.min(1.0, corpusCohesion)) * 0.5 + docCohesion * 0.5;
            s *= Math.pow(coh, w.cohesion) * 1.5;
        }
        boolean gaz = gazetteer.contains(c.key);
        double nameEv = 0;
        for (String k : c.words) {
            long f = df.getOrDefault(k, 0L);
            if (f > 0) {
                nameEv = Math.max(nameEv, Math.min(1.0, 5.0 * df.getOrDefault(AFTER_TITLE + k, 0L) / f));
            }
        }
        if (c.afterTitle) {
            nameEv = 1.0;
        }
        if (gaz) {
            s *= w.name * 1.5;
        } else if (nameEv > 0) {
            s *= 1.0 + (w.name - 1.0) * nameEv;
        }
        // verbs and adverbs: almost never written with ال; names are exempt
        String head = c.words[0];
        long fh = df.getOrDefault(head, 0L);
        if (!gaz && nameEv < 0.2 && !c.headArticle && fh >= 20) {
            double definite = (double) df.getOrDefault(DEFINITE + head, 0L) / fh;
            if (definite < 0.05) {
                s *= w.verbPenalty;
            }
        }
        return s;
    }

    private List<Tag> select(List<Cand> ranked, int max) {
        List<Cand> chosen = new ArrayList<>();
        for (Cand c : ranked) {
            if (chosen.size() >= max) {
                break;
            }
            boolean keep = true;
            for (Cand o : chosen) {
                if (contains(o, c)) {        // c is a sub-phrase of a chosen phrase: keep only if it also stands alone
                    keep = c.tf - o.tf >= w.subphraseKeep;
                } else if (contains(c, o)) { // c extends a chosen phrase: keep only if it is about as frequent
                    keep = c.tf >= 2 && c.tf * 2 >= o.tf;
                }
                if (!keep) {
                    break;
                }
            }
            if (keep) {
                chosen.add(c);
            }
        }
        List<Tag> out = new ArrayList<>(chosen.size());
        for (Cand c : chosen) {
            out.add(new Tag(c.key, c.label(), Math.round(c.score * 1000.0) / 1000.0));
        }
        return out;
    }

    /** True when the key of {@code inner} is a contiguous word sequence inside {@code outer}. */
    private static boolean contains(Cand outer, Cand inner) {
        if (inner.words.length >= outer.words.length) {
            return false;
        }
        String o = " " + outer.key + " ";
        return o.contains(" " + inner.key + " ");
    }

    /** A tag candidate: one stem-key sequence and everything counted about it in this document. */
    static final class Cand {
        final String key;
        final String[] words;
        int tf;
        int titleTf;
        int leadTf;
        int first = Integer.MAX_VALUE;
        boolean headArticle;
        boolean afterTitle;
        final Map<String, Integer> labels = new HashMap<>(4);
        String firstLabel;
        double score;

        Cand(String key, String[] words) {
            this.key = key;
            this.words = words;
        }

        String label() {
            String best = firstLabel;
            int bestCount = labels.getOrDefault(firstLabel, 0);
            for (Map.Entry<String, Integer> e : labels.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best;
        }
    }

    /** One article analysed: words, segments, and its candidates. */
    final class Doc {
        final Word[] w;
        final boolean[] content;
        final boolean[] afterTitle;
        final boolean[] inTitle;
        final boolean[] inLead;
        final boolean[] boundary;
        final int n;
        final Map<String, Cand> candidates;
        final Map<String, Integer> wordTf = new HashMap<>();

        Doc(String title, String body) {
            List<Token> tt = ArabicTokenizer.tokenize(title == null ? "" : title);
            List<Token> bt = ArabicTokenizer.tokenize(body == null ? "" : body);
            n = tt.size() + bt.size();
            w = new Word[n];
            content = new boolean[n];
            afterTitle = new boolean[n];
            inTitle = new boolean[n];
            inLead = new boolean[n];
            boundary = new boolean[n];
            int para = 0;
            for (int i = 0; i < n; i++) {
                boolean isTitle = i < tt.size();
                Token t = isTitle ? tt.get(i) : bt.get(i - tt.size());
                boolean wordLike = t.type() == TokenType.ARABIC || t.type() == TokenType.LATIN;
                w[i] = words.analyze(t.text(), t.type());
                inTitle[i] = isTitle;
                if (!isTitle && t.paragraphBefore() && i > tt.size()) {
                    para++;
                }
                inLead[i] = !isTitle && para == 0;
                boundary[i] = t.boundaryBefore() || i == tt.size() || !wordLike;
                content[i] = wordLike && !w[i].stop() && w[i].key().length() >= 2 && w[i].bare().length() >= 2;
                if (i > 0 && lex.isNameTrigger(ArabicNormalizer.fold(w[i - 1].bare())) && !boundary[i]) {
                    afterTitle[i] = true;
                }
                if (content[i]) {
                    wordTf.merge(w[i].key(), 1, Integer::sum);
                }
            }
            candidates = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                if (!content[i]) {
                    continue;
                }
                for (int len = 1; len <= 3 && i + len <= n; len++) {
                    int j = i + len - 1;
                    if (len > 1 && (boundary[j] || !content[j])) {
                        break; // phrases never cross punctuation and hold no stopword
                    }
                    add(i, len);
                }
            }
        }

        private void add(int i, int len) {
            String key;
            String[] ks = new String[len];
            for (int k = 0; k < len; k++) {
                ks[k] = w[i + k].key();
            }
            key = len == 1 ? ks[0] : String.join(" ", ks);
            Cand c = candidates.get(key);
            if (c == null) {
                c = new Cand(key, ks);
                candidates.put(key, c);
            }
            c.tf++;
            if (inTitle[i]) {
                c.titleTf++;
            } else if (inLead[i]) {
                c.leadTf++;
            }
            if (w[i].article()) {
                c.headArticle = true;
            }
            if (afterTitle[i]) {
                c.afterTitle = true;
            }
            int pos = inTitle[i] ? 0 : i;
            if (pos < c.first) {
                c.first = pos;
            }
            String label;
            if (len == 1) {
                label = w[i].bare();
            } else {
                StringBuilder b = new StringBuilder(w[i].bare());
                for (int k = 1; k < len; k++) {
                    b.append(' ').append(w[i + k].bare());
                }
                label = b.toString();
            }
            c.labels.merge(label, 1, Integer::sum);
            if (c.firstLabel == null) {
                c.firstLabel = label;
            }
        }
    }
}
