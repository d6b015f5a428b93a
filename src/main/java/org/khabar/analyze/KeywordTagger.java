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

    /** Words inside names (سلطان بن زايد، عبدالله ولد أربيه) that never start or end a tag. */
    private static final Set<String> NAME_PARTICLES = Set.of("بن", "ابن", "بنت", "ولد", "ابو", "ابي", "ابا", "عبد", "ال", "ام", "ذو");

    /** Particles that may start a name (أبو مازن، عبد الله، آل سعود). */
    private static final Set<String> NAME_STARTS = Set.of("ابو", "عبد", "ال", "ام", "ذو");

    /** Per-word facts the tagger needs, computed once per distinct surface form. */
    private record Info(Word word, boolean particle, boolean blocksStart, boolean trigger, boolean inflected, boolean adjective,
                        boolean latinScript) {
    }

    private static final int INFO_LIMIT = 300_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Info> infos = new java.util.concurrent.ConcurrentHashMap<>(1 << 16);
    /** The last analysed document per thread: the pipeline calls tag() and corpusKeys() on the same text. */
    private final ThreadLocal<Doc> last = new ThreadLocal<>();

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
    public record Weights(double title, double lead, double position, double phraseExp, double junkPhrase,
                          double name, double verbPenalty, double subphraseKeep, double adjective, double latin,
                          double inflected, double tfExp, double idfK) {
        public static final Weights DEFAULT = new Weights(2.0, 1.0, 2.0, 1.5, 0.15, 1.6, 0.25, 2.0, 0.5, 0.3, 0.3, 1.0, 1.0);

        /** The weights as an array, in declaration order (for fitting). */
        public double[] toArray() {
            return new double[] {title, lead, position, phraseExp, junkPhrase, name, verbPenalty, subphraseKeep, adjective,
                    latin, inflected, tfExp, idfK};
        }

        public static Weights of(double[] a) {
            return new Weights(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12]);
        }
    }

    private Info info(Token t) {
        String key = t.type() == TokenType.ARABIC ? t.text() : t.type().ordinal() + "\u0000" + t.text();
        Info i = infos.get(key);
        if (i == null) {
            Word w = words.analyze(t.text(), t.type());
            String fb = ArabicNormalizer.fold(w.bare());
            boolean particle = NAME_PARTICLES.contains(fb);
            boolean adjective = w.article() && !w.name() && (fb.endsWith("ي") || fb.endsWith("يه"));
            i = new Info(w, particle, particle && !NAME_STARTS.contains(fb), lex.isNameTrigger(fb), inflectedShape(w.bare()),
                    adjective, w.bare().isEmpty() || !ArabicTokenizer.isArabicLetter(w.bare().charAt(0)));
            if (infos.size() >= INFO_LIMIT) {
                infos.clear();
            }
            infos.put(key, i);
        }
        return i;
    }

    private Doc analyse(String title, String body) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        Doc d = last.get();
        if (d != null && d.title.equals(t) && d.body.equals(b)) {
            return d;
        }
        d = new Doc(t, b);
        last.set(d);
        return d;
    }

    /** The distinct keys this document adds to the corpus statistics. */
    public Collection<String> corpusKeys(String title, String body) {
        Doc d = analyse(title, body);
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
        for (String k : d.candidates.keySet()) {
            if (k.indexOf(' ') > 0) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** Up to {@code max} tags, best first. Never null; empty for text without content words. */
    public List<Tag> tag(String title, String body, int max) {
        Doc d = analyse(title, body);
        if (d.candidates.isEmpty() || max <= 0) {
            return List.of();
        }
        long n = Math.max(0, stats.documentCount());
        // stage 1: unigram IDF for every content word
        Map<String, Long> df = new HashMap<>(stats.documentFrequencies(d.wordTf.keySet()));
        Map<String, Double> wordIdf = new HashMap<>(df.size() * 2);
        for (Map.Entry<String, Long> e : df.entrySet()) {
            wordIdf.put(e.getKey(), Math.log(1.0 + (n + 1.0) / (e.getValue() + w.idfK)));
        }
        double unseen = Math.log(1.0 + (n + 1.0) / w.idfK);
        List<Cand> all = new ArrayList<>(d.candidates.values());
        absorb(d);
        for (Cand c : all) {
            double idf = 0;
            int words = 0;
            for (int i = 0; i < c.words.length; i++) {
                if (!c.particle[i]) {
                    idf += wordIdf.getOrDefault(c.words[i], unseen);
                    words++;
                }
            }
            c.idf = words == 1 ? idf : idf / words * Math.pow(words, w.phraseExp);
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
        return select(d, shortlist, max);
    }

    /**
     * A phrase seen at least twice "absorbs" its sub-phrases' occurrences: the words of "عبدالله ولد أربيه" are not
     * tags of their own unless they also occur outside the phrase.
     */
    private void absorb(Doc d) {
        for (Cand p : d.candidates.values()) {
            p.absorbed = 0;
        }
        for (Cand p : d.candidates.values()) {
            if (p.words.length < 2 || p.tf < 2) {
                continue;
            }
            for (int from = 0; from < p.words.length; from++) {
                for (int to = from + 1; to <= p.words.length; to++) {
                    if (to - from == p.words.length) {
                        continue;
                    }
                    Cand sub = d.candidates.get(String.join(" ", java.util.Arrays.copyOfRange(p.words, from, to)));
                    if (sub != null) {
                        sub.absorbed = Math.max(sub.absorbed, p.tf);
                    }
                }
            }
        }
    }

    private double baseScore(Doc d, Cand c, Map<String, Long> df, long n) {
        double idf = c.idf;
        double eff = Math.max(0, c.tf - c.absorbed);
        double share = c.tf == 0 ? 0 : eff / c.tf;
        double tfRaw = eff + share * (w.title * c.titleTf + w.lead * c.leadTf);
        double tf = w.tfExp == 1.0 ? tfRaw : Math.pow(tfRaw, w.tfExp);
        double pos = 1.0 + w.position / (1.0 + 10.0 * c.first / Math.max(1, d.n));
        return tf * idf * pos;
    }

    private double fullScore(Doc d, Cand c, Map<String, Long> df, long n) {
        double s = baseScore(d, c, df, n);
        if (s == 0) {
            return 0;
        }
        boolean gaz = gazetteer.contains(c.key);
        double nameEv = c.afterTitle ? 1.0 : 0.0;
        long fh0 = df.getOrDefault(c.words[0], 0L);
        if (fh0 >= 5) {
            nameEv = Math.max(nameEv, Math.min(1.0, 3.0 * df.getOrDefault(AFTER_TITLE + c.words[0], 0L) / fh0));
        }
        if (c.words.length > 1) {
            int minTf = Integer.MAX_VALUE;
            for (int i = 0; i < c.words.length; i++) {
                if (!c.particle[i]) {
                    minTf = Math.min(minTf, d.wordTf.getOrDefault(c.words[i], 1));
                }
            }
            double docCohesion = (double) c.tf / Math.max(1, minTf);
            long phraseDf = df.getOrDefault(c.key, 0L);
            boolean evidence = c.tf >= 2 || phraseDf >= 3 || gaz;
            if (!evidence) {
                s *= w.junkPhrase;
            }
            s *= 0.5 + 0.5 * docCohesion;
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
        if (c.words.length == 1 && !gaz && c.adjective) {
            s *= w.adjective;
        }
        if (c.latin) {
            s *= w.latin;
        }
        if (c.inflected && !gaz) {
            s *= w.inflected;
        }
        if (c.coordinated && !gaz) {
            s *= COORDINATION_PENALTY;
        }
        return s;
    }

    private List<Tag> select(Doc d, List<Cand> ranked, int max) {
        List<Cand> chosen = new ArrayList<>();
        int next = 0;
        // joining two windows of one name frees a place, which the next candidate then takes
        while (chosen.size() < max && next < ranked.size()) {
            for (; next < ranked.size() && chosen.size() < max; next++) {
                Cand c = ranked.get(next);
                if (keeps(chosen, c)) {
                    chosen.add(c);
                }
            }
            joinOverlaps(d, chosen);
        }
        List<Tag> out = new ArrayList<>(chosen.size());
        for (Cand c : chosen) {
            out.add(new Tag(c.key, c.label(d), Math.round(c.score * 1000.0) / 1000.0));
        }
        return out;
    }

    private boolean keeps(List<Cand> chosen, Cand c) {
        for (Cand o : chosen) {
            if (o.key.equals(c.key)) {
                return false;
            }
            if (contains(o, c)) {        // c is a sub-phrase of a chosen phrase: keep only if it also stands alone
                if (c.tf - c.absorbed < w.subphraseKeep) return false;
            } else if (contains(c, o)) { // c extends a chosen phrase: keep only if it is about as frequent
                if (c.tf < 2 || c.tf * 2 < o.tf) return false;
            }
        }
        return true;
    }

    /** Crowd taggers chose 5% of our phrases with an inner و, against 25% of the rest (AKEC train). */
    static final double COORDINATION_PENALTY = 0.1;

    /** Longest phrase a tag may grow to by joining overlapping tags ("معهد الكويت للأبحاث العلمية"). */
    static final int MAX_JOINED_WORDS = 5;

    /**
     * Two chosen tags that overlap in the text by all but one word of the second ("المجلس الأعلى للقوات" and
     * "الأعلى للقوات المسلحة") are two windows on one longer name: they become that name, in the first one's place.
     */
    private static void joinOverlaps(Doc d, List<Cand> chosen) {
        boolean joined = true;
        while (joined) {
            joined = false;
            outer:
            for (int i = 0; i < chosen.size(); i++) {
                for (int j = 0; j < chosen.size(); j++) {
                    if (i == j) continue;
                    Cand a = chosen.get(i), b = chosen.get(j);
                    int start = adjacentStart(a, b);
                    if (start < 0) continue;
                    int len = a.words.length + 1;
                    Cand m = d.phraseAt(start, len);
                    if (m.coordinated) continue;
                    m.score = Math.max(a.score, b.score);
                    int first = Math.min(i, j);
                    chosen.remove(Math.max(i, j));
                    chosen.set(first, m);
                    joined = true;
                    break outer;
                }
            }
        }
    }

    /**
     * Where "a followed by the last word of b" starts in the text, when b's words but its last are a's words but its
     * first and some occurrence of b starts one word after an occurrence of a; -1 otherwise.
     */
    private static int adjacentStart(Cand a, Cand b) {
        int la = a.words.length, lb = b.words.length;
        if (lb < 2 || lb > la || la + 1 > MAX_JOINED_WORDS) return -1;
        for (int k = 0; k < lb - 1; k++) {
            if (!a.words[la - (lb - 1) + k].equals(b.words[k])) return -1;
        }
        int shift = la - (lb - 1);
        for (int x = 0; x < a.occurrences; x++) {
            for (int y = 0; y < b.occurrences; y++) {
                if (b.starts[y] == a.starts[x] + shift) return a.starts[x];
            }
        }
        return -1;
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
        final boolean[] particle;
        boolean adjective;
        boolean latin;
        boolean inflected;
        /** A later word carries the conjunction و: "الكولسترول وامراض القلب" lists two things, it names none. */
        boolean coordinated;
        int tf;
        int absorbed;
        double idf;
        int titleTf;
        int leadTf;
        int first = Integer.MAX_VALUE;
        boolean headArticle;
        boolean afterTitle;
        /** Token positions of the first occurrences, from which the label is chosen. */
        final int[] starts = new int[12];
        int occurrences;
        double score;

        Cand(String key, String[] words, boolean[] particle) {
            this.key = key;
            this.words = words;
            this.particle = particle;
        }

        /** Most frequent written form among the recorded occurrences; the earliest wins a tie. */
        String label(Doc d) {
            String best = null;
            int bestCount = 0;
            Map<String, Integer> counts = new HashMap<>(8);
            for (int o = 0; o < occurrences; o++) {
                String l = d.labelAt(starts[o], words.length);
                int c = counts.merge(l, 1, Integer::sum);
                if (c > bestCount) {
                    best = l;
                    bestCount = c;
                }
            }
            return best;
        }
    }

    /**
     * Words that carry an attached pronoun or a verb ending (ديوانه، فيلمهم، ليجدوا، تعهدوه) are not how an editor
     * writes a tag. Checked on the display form, where teh marbuta (ة) still differs from the pronoun after ت (ته).
     */
    static boolean inflectedShape(String bare) {
        int n = bare.length();
        if (n < 4 || !ArabicTokenizer.isArabicLetter(bare.charAt(0))) {
            return false;
        }
        char c0 = bare.charAt(0);
        if (c0 == 'ي' || (c0 == 'ف' && "يتنل".indexOf(bare.charAt(1)) >= 0)) {
            return true; // imperfect verb (يتشدد) or ف + verb (فيصدق، فلنسافر); nouns in ي are rare, names are exempt
        }
        return bare.endsWith("هم") || bare.endsWith("هما") || bare.endsWith("هن") || bare.endsWith("كم")
                || bare.endsWith("وا") || bare.endsWith("وه") || bare.endsWith("ته") || bare.endsWith("تها")
                || (n >= 5 && bare.endsWith("ها") && !bare.startsWith("ال")) || bare.startsWith("لي") || bare.startsWith("لت");
    }

    /** One article analysed: words, segments, and its candidates. */
    final class Doc {
        final Word[] w;
        final boolean[] content;
        final boolean[] afterTitle;
        final boolean[] inTitle;
        final boolean[] inLead;
        final boolean[] boundary;
        final boolean[] particle;
        final boolean[] blocksStart;
        final String[] surface;
        final int n;
        final Map<String, Cand> candidates;
        final Map<String, Integer> wordTf = new HashMap<>();

        final String title;
        final String body;
        final Info[] info;

        Doc(String title, String body) {
            this.title = title;
            this.body = body;
            List<Token> tt = ArabicTokenizer.tokenize(title);
            List<Token> bt = ArabicTokenizer.tokenize(body);
            n = tt.size() + bt.size();
            w = new Word[n];
            info = new Info[n];
            content = new boolean[n];
            afterTitle = new boolean[n];
            inTitle = new boolean[n];
            inLead = new boolean[n];
            boundary = new boolean[n];
            particle = new boolean[n];
            blocksStart = new boolean[n];
            surface = new String[n];
            int para = 0;
            for (int i = 0; i < n; i++) {
                boolean isTitle = i < tt.size();
                Token t = isTitle ? tt.get(i) : bt.get(i - tt.size());
                boolean wordLike = t.type() == TokenType.ARABIC || t.type() == TokenType.LATIN;
                Info in = info(t);
                info[i] = in;
                w[i] = in.word();
                surface[i] = t.text();
                inTitle[i] = isTitle;
                if (!isTitle && t.paragraphBefore() && i > tt.size()) {
                    para++;
                }
                inLead[i] = !isTitle && para == 0;
                boundary[i] = t.boundaryBefore() || i == tt.size() || !wordLike;
                particle[i] = in.particle();
                blocksStart[i] = in.blocksStart();
                content[i] = wordLike && !w[i].stop() && (particle[i] || (w[i].key().length() >= 2 && w[i].bare().length() >= 2));
                if (i > 0 && info[i - 1].trigger() && !boundary[i]) {
                    afterTitle[i] = true;
                }
                if (content[i] && !particle[i]) {
                    wordTf.merge(w[i].key(), 1, Integer::sum);
                }
            }
            candidates = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                if (!content[i]) {
                    continue;
                }
                if (particle[i] && blocksStart[i]) {
                    continue;
                }
                int particles = 0;
                for (int len = 1; len <= 3 + particles && i + len <= n; len++) {
                    int j = i + len - 1;
                    if (len > 1 && (boundary[j] || !content[j])) {
                        break; // phrases never cross punctuation and hold no stopword
                    }
                    if (particle[j]) {
                        particles++;
                        continue; // a name particle never ends a tag
                    }
                    add(i, len);
                }
            }
        }

        private void add(int i, int len) {
            String key;
            if (len == 1) {
                key = w[i].key();
            } else {
                for (int k = 1; k < len; k++) {
                    for (int m = 0; m < k; m++) {
                        if (w[i + m].key().equals(w[i + k].key())) {
                            return; // "الصراع الصراع": a repeated word is never a phrase
                        }
                    }
                }
                StringBuilder b = new StringBuilder(24).append(w[i].key());
                for (int k = 1; k < len; k++) {
                    b.append(' ').append(w[i + k].key());
                }
                key = b.toString();
            }
            Cand c = candidates.get(key);
            if (c == null) {
                String[] ks = new String[len];
                boolean[] pt = new boolean[len];
                boolean latin = true;
                for (int k = 0; k < len; k++) {
                    ks[k] = w[i + k].key();
                    pt[k] = particle[i + k];
                    latin &= info[i + k].latinScript();
                }
                c = new Cand(key, ks, pt);
                c.latin = latin;
                for (int k = 0; k < len; k++) {
                    c.inflected |= info[i + k].inflected();
                }
                for (int k = 1; k < len; k++) {
                    c.coordinated |= conjoined(i + k);
                }
                c.adjective = len == 1 && info[i].adjective();
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
            if (c.occurrences < c.starts.length) {
                c.starts[c.occurrences++] = i;
            }
        }

        /** The word was written with a leading conjunction و that the analyzer stripped. */
        boolean conjoined(int i) {
            return surface[i].length() > w[i].bare().length() && surface[i].charAt(0) == 'و';
        }

        /** The phrase of {@code len} words at token {@code i}, as a candidate seen there once. */
        Cand phraseAt(int i, int len) {
            String[] ks = new String[len];
            boolean[] pt = new boolean[len];
            for (int k = 0; k < len; k++) {
                ks[k] = w[i + k].key();
                pt[k] = particle[i + k];
            }
            Cand c = new Cand(String.join(" ", ks), ks, pt);
            for (int k = 1; k < len; k++) {
                c.coordinated |= conjoined(i + k);
            }
            c.tf = 1;
            c.first = i;
            c.starts[c.occurrences++] = i;
            return c;
        }

        /** The label a reader sees: bare first word (ال kept, proclitics dropped), later words as written. */
        String labelAt(int i, int len) {
            if (len == 1) {
                return w[i].bare();
            }
            StringBuilder b = new StringBuilder(w[i].bare());
            for (int k = 1; k < len; k++) {
                b.append(' ').append(surface[i + k]);
            }
            return b.toString();
        }
    }
}
