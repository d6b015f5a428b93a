package org.khabar.dedup;

import org.khabar.core.Article;
import org.khabar.store.ArticleStore;
import org.khabar.store.FingerprintSession;
import org.khabar.store.FingerprintStore;
import org.khabar.store.StoredFingerprint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Near-duplicate detection at ingest. The body is fingerprinted outside any lock; then, in one
 * {@link FingerprintStore#atomically} unit, candidates come from the LSH buckets, each is verified with the
 * {@link CopyRule}, the fingerprint is stored, and the article joins (or founds, or merges) a duplicate group whose
 * canonical member follows the {@link CanonicalRule}.
 *
 * <p>Why one group stays one group under several workers: the unit is serialised by the store, so the second of two
 * concurrent copies always sees the first one's fingerprint and group. A copy that matches members of two groups
 * merges them into the older group. {@link #ingest(Article, ArticleStore)} also serialises writing the decision into
 * the article store within this JVM, so a stale decision can never overwrite a newer one.
 */
public final class DuplicateDetector {
    private final Fingerprinter fingerprinter;
    private final CopyRule rule;
    private final SourceCredits credits;
    private final FingerprintStore store;
    private final TextSource texts;
    private final TemplateSlots templates = TemplateSlots.withDefaults();
    private final ReentrantLock projection = new ReentrantLock();

    /** Decides on fingerprints alone: filled-in templates (cables to two countries) can pass as copies. */
    public DuplicateDetector(DedupConfig config, SourceCredits credits, FingerprintStore store) {
        this(config, credits, store, TextSource.NONE);
    }

    /** Also reads the body of each fingerprint match from {@code texts}, to tell templates from copies. */
    public DuplicateDetector(DedupConfig config, SourceCredits credits, FingerprintStore store, TextSource texts) {
        this.fingerprinter = new Fingerprinter(config);
        this.rule = new CopyRule(config);
        this.credits = Objects.requireNonNull(credits, "credits");
        this.store = Objects.requireNonNull(store, "store");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public Fingerprinter fingerprinter() { return fingerprinter; }

    /** Dedups a stored article and writes the decision to {@code articles} (duplicateOf of every re-pointed member). */
    public DedupDecision ingest(Article article, ArticleStore articles) {
        if (article.id() <= 0) throw new IllegalArgumentException("dedup needs a stored article (id > 0)");
        projection.lock();
        try {
            DedupDecision d = ingest(article.id(), article.sourceId(), article.published(), article.body());
            d.applyTo(articles);
            return d;
        } finally {
            projection.unlock();
        }
    }

    /** Dedups one article; the caller applies the decision (see {@link DedupDecision#applyTo}). */
    public DedupDecision ingest(long articleId, String sourceId, Instant published, String body) {
        Objects.requireNonNull(sourceId, "sourceId");
        String normalized = DedupText.normalize(body); // once: fingerprint and source credit read the same form
        Fingerprint fp = fingerprinter.fingerprintNormalized(normalized);
        if (fp == null) return DedupDecision.unique(articleId);
        long[] keys = fingerprinter.bandKeys(fp);
        StoredFingerprint stored = new StoredFingerprint(articleId, sourceId, published,
                credits.creditedOutletInNormalized(normalized).orElse(null), fp.shingleCount(), fp.minhash());
        Verifier verifier = new Verifier(fp, normalized, published);
        return store.atomically(s -> {
            List<Long> matches = verifiedMatches(s, verifier, keys, articleId);
            s.put(stored, keys);
            if (matches.isEmpty()) return DedupDecision.unique(articleId);
            return join(s, stored, verifier, matches);
        });
    }

    /** Read-only: stored articles that {@code body} is a copy of, without storing anything. */
    public List<Long> copiesOf(String body) {
        String normalized = DedupText.normalize(body);
        Fingerprint fp = fingerprinter.fingerprintNormalized(normalized);
        if (fp == null) return List.of();
        long[] keys = fingerprinter.bandKeys(fp);
        Verifier verifier = new Verifier(fp, normalized, null);
        return store.atomically(s -> verifiedMatches(s, verifier, keys, Long.MIN_VALUE));
    }

    private List<Long> verifiedMatches(FingerprintSession s, Verifier verifier, long[] keys, long self) {
        Set<Long> candidates = s.candidates(keys);
        candidates.remove(self);
        List<Long> matches = new ArrayList<>();
        for (StoredFingerprint c : s.fingerprints(candidates).values()) {
            if (verifier.isCopyOf(c)) matches.add(c.articleId());
        }
        matches.sort(null);
        return matches;
    }

    /**
     * One incoming body against stored ones: the fingerprint rule first, then, for a fingerprint match whose body
     * the {@link TextSource} has, the {@link TemplateSlots} check. Answers are kept, since the group step asks again
     * about the same centres.
     */
    private final class Verifier {
        private final Fingerprint mine;
        private final String normalized;
        private final Instant published;
        private final Map<Long, Boolean> answers = new HashMap<>();
        private List<String> words;

        Verifier(Fingerprint mine, String normalized, Instant published) {
            this.mine = mine;
            this.normalized = normalized;
            this.published = published;
        }

        boolean isCopyOf(StoredFingerprint other) {
            return answers.computeIfAbsent(other.articleId(), id -> decide(other));
        }

        private boolean decide(StoredFingerprint other) {
            return isCopy(mine, published, () -> Optional.of(words()), other);
        }

        private List<String> words() {
            if (words == null) words = DedupText.wordsOfNormalized(normalized);
            return words;
        }
    }

    /**
     * Bodies sharing this much of their word triples are copies whatever their slots say: most fingerprint matches
     * of a wire-heavy corpus are such copies, and they skip reading and aligning texts. The filled-in templates
     * measured on SaudiNewsNet share at most 0.78 (docs/benchmarks-dedup.md).
     */
    static final double NEARLY_IDENTICAL = 0.9;

    private static boolean nearlyIdentical(Fingerprint a, Fingerprint b) {
        return MinHasher.similarity(a.minhash(), b.minhash()) >= NEARLY_IDENTICAL;
    }

    /** Two stored articles: copies by fingerprint, and not two fillings of one template when both texts exist. */
    private boolean storedCopies(StoredFingerprint x, StoredFingerprint y) {
        return isCopy(new Fingerprint(x.minhash(), x.shingleCount()), x.published(),
                () -> texts.bodyOf(x.articleId()).map(DedupText::words), y);
    }

    /**
     * The copy decision: the fingerprint rule, then — unless the two are nearly identical — when both texts are at
     * hand ({@code aWords} is asked for only then) the {@link DailyBulletins} check and the {@link TemplateSlots}
     * check. {@code aPublished} may be null (a read-only lookup), which skips the bulletin check.
     */
    private boolean isCopy(Fingerprint a, Instant aPublished, Supplier<Optional<List<String>>> aWords,
                           StoredFingerprint other) {
        Fingerprint b = new Fingerprint(other.minhash(), other.shingleCount());
        if (!rule.isCopy(a, b)) return false;
        if (nearlyIdentical(a, b)) return true;
        Optional<String> body = texts.bodyOf(other.articleId());
        if (body.isEmpty()) return true;
        Optional<List<String>> words = aWords.get();
        if (words.isEmpty()) return true;
        List<String> otherWords = DedupText.words(body.get());
        if (DailyBulletins.areTwoDays(words.get(), aPublished, otherWords, other.published())) return false;
        return templates.separate(words.get(), otherWords).isEmpty();
    }

    /**
     * Joins the group of the best-matching "center" (a group's canonical, or a lone article). Groups are stars
     * around their canonical: an article joins only if it is a copy of the canonical itself, not merely of some
     * member, so templated texts (congratulation cables, weather bulletins) cannot chain unrelated articles into one
     * group. Another matching group is merged in only if its canonical is a copy of the chosen one.
     */
    private DedupDecision join(FingerprintSession s, StoredFingerprint incoming, Verifier verifier,
                               List<Long> matches) {
        long id = incoming.articleId();
        Fingerprint mine = new Fingerprint(incoming.minhash(), incoming.shingleCount());
        Map<Long, Long> groupOfCenter = new HashMap<>();
        for (long m : matches) {
            OptionalLong g = s.groupOf(m);
            long center = g.isPresent() ? s.canonical(g.getAsLong()).orElse(m) : m;
            groupOfCenter.putIfAbsent(center, g.isPresent() ? g.getAsLong() : null);
        }
        Map<Long, StoredFingerprint> centerFps = s.fingerprints(groupOfCenter.keySet());
        Long best = null;
        double bestSim = -1;
        for (long c : new TreeSet<>(groupOfCenter.keySet())) {
            StoredFingerprint fp = centerFps.get(c);
            if (fp == null) continue;
            Fingerprint cf = new Fingerprint(fp.minhash(), fp.shingleCount());
            if (!verifier.isCopyOf(fp)) continue;
            double sim = MinHasher.similarity(mine.minhash(), cf.minhash());
            if (sim > bestSim) { bestSim = sim; best = c; }
        }
        if (best == null) return DedupDecision.unique(id);

        TreeSet<Long> groups = new TreeSet<>();
        TreeSet<Long> members = new TreeSet<>();
        Map<Long, Long> previousCanonical = new HashMap<>();
        members.add(id);
        previousCanonical.put(id, null);
        for (Map.Entry<Long, Long> e : groupOfCenter.entrySet()) {
            long c = e.getKey();
            StoredFingerprint fp = centerFps.get(c);
            if (fp == null) continue;
            boolean joins = c == best || (verifier.isCopyOf(fp) && storedCopies(centerFps.get(best), fp));
            if (!joins) continue;
            if (e.getValue() == null) {
                members.add(c);
                previousCanonical.put(c, c); // a lone article is its own canonical
            } else {
                groups.add(e.getValue());
                for (long m : s.members(e.getValue())) {
                    members.add(m);
                    previousCanonical.putIfAbsent(m, c);
                }
            }
        }
        long groupId = groups.isEmpty() ? best : groups.first();
        Map<Long, StoredFingerprint> fps = new HashMap<>(s.fingerprints(members));
        fps.put(id, incoming);
        long canonical = CanonicalRule.choose(fps.values());
        for (long g : groups) if (g != groupId) s.deleteGroup(g);
        s.saveGroup(groupId, canonical, members);
        List<Long> repoint = new ArrayList<>();
        for (long m : members) {
            Long before = previousCanonical.get(m);
            if (m == id || before == null || before != canonical) repoint.add(m);
        }
        return new DedupDecision(id, groupId, canonical, new ArrayList<>(members), repoint);
    }
}
