package org.khabar.analyze;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.internal.hppc.IntHashSet;
import org.khabar.core.Tag;
import org.khabar.store.CorpusStats;

/**
 * Editor-style keyword tags for one article. Candidates are 1–3-word phrases that stay inside a punctuation-bounded
 * segment and neither start nor end with a stopword ({@link ArticleWords}); they are grouped by their stem key and
 * shown in their most frequent bare surface form. Signals: frequency in title, lead and body; position of first
 * mention; corpus IDF; collocation strength of multiword candidates; name and noun likelihood
 * ({@link CandidateScorer}). Redundant sub-phrases are dropped unless they also occur on their own
 * ({@link TagSelection}).
 *
 * <p>Speed: words are analysed once per distinct written form and numbered by key ({@link Vocabulary}); phrases
 * are key-id sequences ({@link PhraseTable}); corpus frequencies are remembered by id until the statistics change
 * ({@link CorpusFrequencies}); key and label strings are built only for shortlisted and chosen candidates.
 * Thread-safe: per-thread state lives in thread locals.
 */
public final class KeywordTagger {

    /** Corpus key prefix: the word was seen with the definite article in a document. */
    static final String DEFINITE = "d:";
    /** Corpus key prefix: the word followed a title word (الرئيس، وزير …) in a document. */
    static final String AFTER_TITLE = "n:";
    /** Longest phrase a tag may grow to by joining overlapping tags. */
    static final int MAX_JOINED_WORDS = TagSelection.MAX_JOINED_WORDS;
    /**
     * Candidates of each length (one, two, three or more words) considered in the second, corpus-informed stage.
     * The first-stage score favours long phrases; taking the best of each length keeps words and two-word names in
     * reach (AKEC train: the shortlists hold 647 of the 1,000 top-10 crowd phrases, {@code eval keywords --fit-ranker}).
     */
    static final int SHORTLIST_PER_LENGTH = 60;

    private final CorpusStats stats;
    private final WordAnalyzer words;
    private final Lexicon lex;
    private final Weights w;
    private final CandidateScorer scorer;
    private final TagRanker ranker;
    private final TagSelection selection;
    /**
     * Shared by all taggers of the process: a word's facts depend only on the word and the lexicon, and a tagger
     * created for a new job (retag, evaluation fold) should not analyse the whole vocabulary again.
     */
    private static final AtomicReference<Vocabulary> VOCABULARY = new AtomicReference<>();
    /** Each thread's front to {@link #VOCABULARY}, shared like it by every tagger. */
    private static final ThreadLocal<WordCache> WORDS = new ThreadLocal<>();
    /**
     * The last analysed document per thread, by the text as given: the pipeline calls tag() and corpusKeys() on the
     * same text, and the second call neither rebuilds the words nor reads the statistics for teasers again.
     */
    private final ThreadLocal<Analysed> last = new ThreadLocal<>();

    private record Analysed(String title, String body, ArticleWords words) {
    }
    private final ThreadLocal<CorpusFrequencies> frequencies;

    /** The tagger khabar runs: hand-set weights refined by the shipped learned ranker. */
    public KeywordTagger(CorpusStats stats) {
        this(stats, Weights.DEFAULT, TagRanker.shipped());
    }

    /** Ranks by the hand-set scores alone (the tagger before the learned ranker; fitting its weights). */
    public KeywordTagger(CorpusStats stats, Weights weights) {
        this(stats, weights, null);
    }

    /** {@code ranker}: the learned model that orders the shortlist; null ranks by the hand-set scores alone. */
    public KeywordTagger(CorpusStats stats, Weights weights, TagRanker ranker) {
        this(stats, weights, ranker, ranker != null);
    }

    /**
     * A tagger that ranks by the hand-set scores but reads every figure the learned ranker's features need, for
     * {@link #shortlistFeatures} when fitting a {@link TagRanker}.
     */
    public static KeywordTagger forFitting(CorpusStats stats, Weights weights) {
        return new KeywordTagger(stats, weights, null, true);
    }

    private KeywordTagger(CorpusStats stats, Weights weights, TagRanker ranker, boolean allEvidence) {
        this.stats = stats;
        this.lex = Lexicon.get();
        this.words = new WordAnalyzer(lex);
        this.w = weights;
        this.ranker = ranker;
        this.scorer = new CandidateScorer(weights, Gazetteer.get(), allEvidence);
        this.selection = new TagSelection(weights.subphraseKeep(), ranker != null);
        this.frequencies = ThreadLocal.withInitial(() -> new CorpusFrequencies(stats));
    }

    /**
     * Bumped whenever a rule of the tagger's code changes its tags (the resources count on their own, by content):
     * stored tags made by an older tagger are recomputed ({@link #version}).
     */
    static final String RULES = "2026-12-05 one entity is one tag (entity aliases); 2026-12-03 datelines and teasers skipped; a definite nationality adjective alone shown as its country; an office tail is no tag; ranker weighs adjective openings and glued prepositions; 5 to 8 tags, the tail only at ranker 0.15; a final ه (his) is inflected; standing lines skipped; ب ل ك cut from name heads; a glued ب ل ك cut where the article writes the word alone; names matched as the gazetteer writes them; perfect verbs of و roots are stopwords; a person's title with descriptors is no tag; a compound name's second half opens none; عبد + a word with ال is one word; media words are never a tag alone; nor are body words or person titles; a title and a descriptor are no tag; nor a phrase cut before the name its last word heads; nor one closed by a word of renown";
    /** The data files the tags depend on, beside the code's rules: the ranker's weights and the word lists. */
    private static final List<String> RESOURCES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(TagRanker.RESOURCE), Lexicon.RESOURCES.stream()).toList();
    private static volatile long version;

    /**
     * Identity of the tags this build computes: a hash of {@link #RULES} and of every resource file, non-zero. A store
     * records it at each full retag, so after an upgrade the old tags are recomputed (app.TagDrift).
     */
    public static long version() {
        long v = version;
        if (v == 0) {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(RULES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long high = crc.getValue();
            crc.reset();
            for (String r : RESOURCES) {
                try (java.io.InputStream in = KeywordTagger.class.getResourceAsStream(r)) {
                    if (in == null) throw new IllegalStateException("missing resource " + r);
                    crc.update(in.readAllBytes());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            v = (high << 32 | crc.getValue()) | 1; // never 0, the mark of "unknown"
            version = v;
        }
        return v;
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

    private ArticleWords analyse(String title, String body) {
        String t = title == null ? "" : title;
        String given = body == null ? "" : body;
        Analysed previous = last.get();
        if (previous != null && previous.title().equals(t) && previous.body().equals(given)) {
            return previous.words();
        }
        // the bureau and agency are not the news, nor are other articles' teasers or the outlet's standing lines
        String b = Boilerplate.strip(Teasers.strip(Dateline.strip(given), stats), stats);
        Vocabulary v = VOCABULARY.get();
        if (v == null || v.full()) {
            Vocabulary fresh = new Vocabulary(words, lex); // bounded memory; the hot vocabulary refills it at once
            v = VOCABULARY.compareAndSet(v, fresh) ? fresh : VOCABULARY.get();
        }
        WordCache words = WORDS.get();
        if (words == null || words.vocabulary != v) {
            words = new WordCache(v);
            WORDS.set(words);
        }
        ArticleWords d = new ArticleWords(t, b, words);
        last.set(new Analysed(t, given, d));
        return d;
    }

    /** The distinct keys this document adds to the corpus statistics. */
    public Collection<String> corpusKeys(String title, String body) {
        ArticleWords d = analyse(title, body);
        // word keys are told apart by id; phrase keys hold a space and are distinct candidates already
        List<String> keys = new ArrayList<>(d.n + d.candidates.size());
        IntHashSet seen = new IntHashSet(d.n * 2);
        boolean prefixClash = false;
        for (int i = 0; i < d.n; i++) {
            if (d.content[i]) {
                int id = d.ids[i] << 2;
                boolean word = seen.add(id);
                boolean definite = d.info[i].article() && seen.add(id | 1);
                boolean afterTitle = d.afterTitle[i] && seen.add(id | 2);
                if (!word && !definite && !afterTitle) {
                    continue; // a repeated word: its key string is not read again
                }
                String k = d.w[i].key();
                if (word) {
                    keys.add(k);
                    prefixClash |= k.startsWith(DEFINITE) || k.startsWith(AFTER_TITLE);
                }
                if (definite) {
                    keys.add(DEFINITE + k);
                }
                if (afterTitle) {
                    keys.add(AFTER_TITLE + k);
                }
            }
        }
        for (Candidate c : d.candidates.all()) {
            if (c.length() > 1) {
                keys.add(c.key(d));
            }
        }
        String lead = Teasers.leadKey(d.body); // so that later articles can tell this opening from their own text
        if (lead != null) {
            keys.add(lead);
        }
        keys.addAll(Boilerplate.keys(body == null ? "" : body)); // and its standing lines, even those skipped here
        // a Latin word written like a prefixed key ("d:x") could repeat one: only then is a set needed
        return prefixClash ? new ArrayList<>(new java.util.LinkedHashSet<>(keys)) : keys;
    }

    /** Up to {@code max} tags, best first. Never null; empty for text without content words. */
    public List<Tag> tag(String title, String body, int max) {
        return tag(title, body, max, EntityAliases.get());
    }

    private List<Tag> tag(String title, String body, int max, EntityAliases aliases) {
        ArticleWords d = analyse(title, body);
        if (d.candidates.isEmpty() || max <= 0) {
            return List.of();
        }
        return selection.select(d, shortlist(d, null), max, aliases);
    }

    /** The tags an article carries and shows ({@link ShownTags}): its best 5, and up to 8 while they stay likely. */
    public List<Tag> articleTags(String title, String body) {
        return ShownTags.of(tag(title, body, ShownTags.MAX), ranker != null);
    }

    /**
     * {@link #articleTags} under an editor's {@code rules}: without the tags of ruled-out keys (the next best take
     * their places, so an article still shows 5 to 8), and with merged tags shown as the tag they joined.
     */
    public List<Tag> articleTags(String title, String body, EditorRules rules) {
        if (rules.isEmpty()) {
            return articleTags(title, body);
        }
        List<Tag> ranked = new ArrayList<>(tag(title, body, ShownTags.MAX + rules.ruledOut().size(), rules.aliases()));
        ranked.removeIf(t -> rules.ruledOut().contains(t.key()));
        return ShownTags.of(ranked, ranker != null);
    }

    /** A shortlisted candidate's label and its {@link CandidateFeatures}, for fitting a {@link TagRanker}. */
    public record CandidateRow(String label, double[] features) {
    }

    /** The shortlisted candidates of an article with their features, in the tagger's ranking. */
    public List<CandidateRow> shortlistFeatures(String title, String body) {
        ArticleWords d = analyse(title, body);
        if (d.candidates.isEmpty()) {
            return List.of();
        }
        java.util.IdentityHashMap<Candidate, double[]> features = new java.util.IdentityHashMap<>();
        List<Candidate> ranked = shortlist(d, features);
        List<CandidateRow> rows = new ArrayList<>(ranked.size());
        for (Candidate c : ranked) {
            rows.add(new CandidateRow(c.label(d), features.get(c)));
        }
        return rows;
    }

    /** The first {@link #SHORTLIST_PER_LENGTH} of each phrase length, in the order of {@code ranked}. */
    private static List<Candidate> bestOfEachLength(List<Candidate> ranked) {
        int[] taken = new int[4];
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : ranked) {
            int l = Math.min(3, c.length());
            if (l == 1 && !c.alone) {
                continue; // counted for the phrases it is part of, never a tag itself ("الفيديو", "الرئيس")
            }
            if (taken[l] < SHORTLIST_PER_LENGTH) {
                taken[l]++;
                out.add(c);
            }
        }
        return out;
    }

    /** The shortlist, best first; {@code features} (may be null) receives each candidate's feature vector. */
    private List<Candidate> shortlist(ArticleWords d, Map<Candidate, double[]> features) {
        long n = Math.max(0, stats.documentCount());
        CorpusFrequencies df = frequencies.get();
        df.at(n, d.vocabulary);
        // stage 1: unigram IDF for every content word
        for (int i = 0; i < d.n; i++) {
            if (d.content[i] && !d.particle[i]) {
                df.wantWord(d, i);
            }
        }
        df.fetch();
        // the order a string-keyed HashMap gave: it decides ties in the stable sorts below
        List<Candidate> all = d.candidates.hashMapOrder(d.n * 2, d);
        CandidateScorer.absorb(d);
        double[] tokenIdf = scorer.tokenIdf(d, df, n);
        for (Candidate c : all) {
            scorer.idf(c, tokenIdf);
            c.score = scorer.baseScore(d, c);
        }
        all.sort((a, b) -> Double.compare(b.score, a.score));
        List<Candidate> shortlist = bestOfEachLength(all);
        // stage 2: phrase frequencies and word evidence for the shortlist only
        for (Candidate c : shortlist) {
            scorer.wantEvidence(d, c, df);
        }
        df.fetch();
        for (Candidate c : shortlist) {
            c.score = scorer.fullScore(d, c, df);
        }
        if (features != null || ranker != null) {
            // the hand-set order is a feature too: the ranker reads each candidate's place in it
            List<Candidate> byHand = new ArrayList<>(shortlist);
            byHand.sort((a, b) -> Double.compare(b.score, a.score));
            double best = byHand.get(0).score;
            double[] learned = new double[byHand.size()];
            for (int r = 0; r < byHand.size(); r++) {
                Candidate c = byHand.get(r);
                double[] f = scorer.features(d, c, df, n, c.score, r, best);
                if (features != null) {
                    features.put(c, f);
                }
                learned[r] = ranker == null ? c.score : ranker.score(f) * scorer.editorialFactor(d, c, df, n);
            }
            for (int r = 0; r < byHand.size(); r++) {
                byHand.get(r).score = learned[r];
            }
        }
        shortlist.sort((a, b) -> b.score != a.score ? Double.compare(b.score, a.score) : Integer.compare(a.first, b.first));
        return shortlist;
    }
}
