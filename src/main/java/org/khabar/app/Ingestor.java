package org.khabar.app;

import org.khabar.cluster.FeatureExtractor;
import org.khabar.cluster.StoryClusterer;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.dedup.DedupDecision;
import org.khabar.dedup.DuplicateDetector;
import org.khabar.index.SearchIndex;
import org.khabar.store.ArticleStore;
import org.khabar.store.CorpusStats;
import org.khabar.store.NamespacedCorpusStats;
import org.khabar.store.RelatedCache;
import org.khabar.store.StoryStore;
import org.khabar.store.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The write path for one article: analyze → tag → store → dedup → cluster → index. The store is the system of
 * record and is written first; the index is derived and caught up from the store after a crash
 * ({@link IndexSync}). Only canonical articles are indexed, so no list built on the index shows a copy.
 * One ingest thread at a time (the story clusterer keeps live state).
 */
public final class Ingestor {
    /** Tags kept per article; pages show the best of them. */
    static final int TAGS_PER_ARTICLE = 8;

    private final ArticleStore store;
    private final CorpusStats corpus;
    private final SearchIndex index;
    private final Analysis analysis;
    private final DuplicateDetector dedup;
    private final StoryClusterer clusterer;
    private final StoryStore stories;
    private final FeatureExtractor features;
    private final NamespacedCorpusStats clusterStats;
    private final Transactions transactions;
    private final RelatedCache related;
    private final Clock clock;
    private final StageTimes stageTimes = new StageTimes();

    /** Wall time spent in dedup and in story clustering, for the scale benchmark's per-article ingest cost. */
    public static final class StageTimes {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private long articles;
        private long dedupNanos;
        private long clusterNanos;
        private long dedupCpuNanos;
        private long clusterCpuNanos;

        public synchronized long articles() { return articles; }
        public synchronized long dedupNanos() { return dedupNanos; }
        public synchronized long clusterNanos() { return clusterNanos; }
        /** CPU time of the ingest thread: the cost undisturbed by other load on the machine. */
        public synchronized long dedupCpuNanos() { return dedupCpuNanos; }
        public synchronized long clusterCpuNanos() { return clusterCpuNanos; }

        static long cpuNow() {
            return THREADS.getCurrentThreadCpuTime();
        }
    }

    public StageTimes stageTimes() {
        return stageTimes;
    }

    public Ingestor(ArticleStore store, CorpusStats corpus, SearchIndex index, Analysis analysis,
                    DuplicateDetector dedup, StoryClusterer clusterer, StoryStore stories,
                    FeatureExtractor features, NamespacedCorpusStats clusterStats, Transactions transactions,
                    RelatedCache related, Clock clock) {
        this.store = store;
        this.corpus = corpus;
        this.index = index;
        this.analysis = analysis;
        this.dedup = dedup;
        this.clusterer = clusterer;
        this.stories = stories;
        this.features = features;
        this.clusterStats = clusterStats;
        this.transactions = transactions;
        this.related = related;
        this.clock = clock;
    }

    /**
     * Runs several ingests as one unit of the store (bulk import): one commit for all of them, and an article whose
     * ingest fails undoes only its own writes. Keep batches short: readers see none of a batch until it commits.
     */
    public synchronized <T> T inOneBatch(Supplier<T> work) {
        try {
            return transactions.atomically(work);
        } catch (RuntimeException | Error e) {
            clusterer.reset();
            throw e;
        }
    }

    /** Stores, tags, dedups, clusters and indexes one article; its store writes commit together or not at all. */
    public synchronized IngestOutcome ingest(Article draft) {
        try {
            return transactions.atomically(() -> ingestInUnit(draft));
        } catch (RuntimeException | Error e) {
            // The store undid the unit; the clusterer's memory of it must go too.
            clusterer.reset();
            throw e;
        }
    }

    private IngestOutcome ingestInUnit(Article draft) {
        // A cheap check first, so a re-import costs no analysis; the store's unique URL still decides races.
        if (store.byUrl(draft.url()).isPresent()) return IngestOutcome.SAME_URL;
        List<Tag> tags = analysis.tags(draft.title(), draft.body(), TAGS_PER_ARTICLE);
        Article article = draft.withTags(tags).withIngested(clock.instant());
        ArticleStore.InsertResult result = store.insert(article);
        if (!result.inserted()) return IngestOutcome.SAME_URL;
        Article stored = article.withId(result.id());
        // Counted only once stored, so re-imports and lost races never inflate document frequencies.
        Collection<String> keys = new ArrayList<>(analysis.corpusKeys(draft.title(), draft.body()));
        keys.addAll(clusterStats.keys(features.corpusKeys(stored)));
        corpus.addDocument(keys);

        long dedupStart = System.nanoTime();
        long dedupCpuStart = StageTimes.cpuNow();
        DedupDecision decision = dedup.ingest(stored, store);
        synchronized (stageTimes) {
            stageTimes.articles++;
            stageTimes.dedupNanos += System.nanoTime() - dedupStart;
            stageTimes.dedupCpuNanos += StageTimes.cpuNow() - dedupCpuStart;
        }
        if (decision.isDuplicate()) {
            // A copy takes its original's story and stays out of the index and every list.
            long canonical = decision.canonicalId();
            stories.storyOf(canonical).ifPresent(s -> store.setStory(stored.id(), s));
            return IngestOutcome.STORED;
        }
        if (decision.canonicalChanged()) {
            for (long member : decision.repoint()) if (member != stored.id()) index.delete(member);
            // The new canonical of a group that has a story takes that story, as a copy would: clustering it
            // afresh could start a second story for one event (another worker's clusterer never saw the first).
            Optional<Long> groupStory = decision.members().stream().filter(m -> m != stored.id())
                    .map(stories::storyOf).flatMap(Optional::stream).findFirst();
            if (groupStory.isPresent()) {
                long story = stories.resolve(groupStory.get());
                Instant when = stored.published() != null ? stored.published() : stored.ingested();
                stories.assign(story, new StoryStore.Member(stored.id(), stored.sourceId(), when));
                store.setStory(stored.id(), story);
                index.index(stored.withStoryId(story));
                return IngestOutcome.STORED;
            }
        }
        long clusterStart = System.nanoTime();
        long clusterCpuStart = StageTimes.cpuNow();
        StoryClusterer.Assignment assignment = clusterer.add(features.features(stored));
        store.setStory(stored.id(), assignment.storyId());
        // Articles whose story changed have cached related lists built on the old story ("never its own story",
        // "one per story"): they are recomputed by the refresher instead of staying short until then.
        List<Long> restoried = new ArrayList<>();
        for (long moved : assignment.splitOff()) {
            for (StoryStore.Member m : stories.members(moved)) {
                store.setStory(m.articleId(), moved);
                restoried.add(m.articleId());
            }
        }
        if (!assignment.merged().isEmpty()) {
            for (StoryStore.Member m : stories.members(assignment.storyId())) {
                store.setStory(m.articleId(), assignment.storyId());
                restoried.add(m.articleId());
            }
        }
        if (!restoried.isEmpty()) related.markStale(restoried);
        synchronized (stageTimes) {
            stageTimes.clusterNanos += System.nanoTime() - clusterStart;
            stageTimes.clusterCpuNanos += StageTimes.cpuNow() - clusterCpuStart;
        }
        index.index(stored.withStoryId(assignment.storyId()));
        return IngestOutcome.STORED;
    }
}
