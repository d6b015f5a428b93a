package org.khabar.app;

import org.khabar.cluster.FeatureExtractor;
import org.khabar.cluster.StoryClusterer;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.dedup.DedupDecision;
import org.khabar.dedup.DuplicateDetector;
import org.khabar.index.IndexWrite;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The write path for one article: analyze → tag → store → dedup → cluster → index. The store is the system of
 * record and is written first; the index is derived and caught up from the store after a crash
 * ({@link IndexSync}). Only canonical articles are indexed, so no list built on the index shows a copy.
 * One ingest thread at a time (the story clusterer keeps live state).
 */
public final class Ingestor {
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
    private final TagDecisions decisions;
    private volatile StageTimer timer = StageTimer.NONE;

    /**
     * Index writes of the unit in progress, sent together just before it commits (one bulk per import batch); and
     * the ids already sent, to take back if the store undoes the unit.
     */
    private final List<IndexWrite> pendingWrites = new ArrayList<>();
    private final List<Long> indexedInUnit = new ArrayList<>();
    private int batchDepth;
    /**
     * Ids the index was told about in a unit that then failed. When the failure came at commit (the connection to
     * the database dropped) the commit may have happened anyway, so neither the index nor the undo can be trusted
     * until the store answers again; then the index is brought in line with it, before any new write.
     */
    private final Set<Long> inDoubt = new LinkedHashSet<>();
    private final IndexSync sync;

    public Ingestor(ArticleStore store, CorpusStats corpus, SearchIndex index, Analysis analysis,
                    DuplicateDetector dedup, StoryClusterer clusterer, StoryStore stories,
                    FeatureExtractor features, NamespacedCorpusStats clusterStats, Transactions transactions,
                    RelatedCache related, Clock clock, TagDecisions decisions) {
        this.decisions = decisions;
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
        this.sync = new IndexSync(store, index);
    }

    /** Times the dedup and clustering stages of every later ingest (the scale benchmark's per-article cost). */
    public void timeStagesWith(StageTimer timer) {
        this.timer = timer;
    }

    /**
     * Runs several ingests as one unit of the store (bulk import): one commit for all of them, and an article whose
     * ingest fails undoes only its own writes. Keep batches short: readers see none of a batch until it commits.
     */
    public synchronized <T> T inOneBatch(Supplier<T> work) {
        if (batchDepth == 0) settleInDoubt();
        UnitMark mark = mark();
        batchDepth++;
        try {
            return transactions.atomically(() -> {
                T result = work.get();
                sendPendingWrites();
                return result;
            });
        } catch (RuntimeException | Error e) {
            undo(mark);
            throw e;
        } finally {
            if (--batchDepth == 0) forgetUnit();
        }
    }

    /** Stores, tags, dedups, clusters and indexes one article; its store writes commit together or not at all. */
    public synchronized IngestOutcome ingest(Article draft) {
        if (batchDepth == 0) settleInDoubt();
        UnitMark mark = mark();
        try {
            return transactions.atomically(() -> {
                IngestOutcome outcome = ingestInUnit(draft);
                if (batchDepth == 0) sendPendingWrites();
                return outcome;
            });
        } catch (RuntimeException | Error e) {
            undo(mark);
            throw e;
        } finally {
            if (batchDepth == 0) forgetUnit();
        }
    }

    private record UnitMark(int pending, int indexed) {
    }

    private UnitMark mark() {
        return new UnitMark(pendingWrites.size(), indexedInUnit.size());
    }

    private void forgetUnit() {
        pendingWrites.clear();
        indexedInUnit.clear();
    }

    private void write(IndexWrite w) {
        pendingWrites.add(w);
    }

    /** Inside the unit, so a failed write undoes the unit's store writes too (and the documents already sent). */
    private void sendPendingWrites() {
        List<IndexWrite> writes = new ArrayList<>(pendingWrites);
        pendingWrites.clear();
        for (IndexWrite w : writes) indexedInUnit.add(w.articleId());
        timer.time(StageTimer.Stage.INDEX, () -> {
            index.apply(writes);
            return null;
        });
    }

    /**
     * The store undid a unit (or says so: a commit cut off by a lost connection may still have happened). The
     * clusterer's memory of it goes, and the documents the unit sent to the index are in doubt until the store can
     * tell whether they exist; undone ids are given to other articles, and a retry finds the article as it is.
     */
    private void undo(UnitMark mark) {
        clusterer.reset();
        pendingWrites.subList(mark.pending(), pendingWrites.size()).clear();
        inDoubt.addAll(indexedInUnit.subList(mark.indexed(), indexedInUnit.size()));
        indexedInUnit.subList(mark.indexed(), indexedInUnit.size()).clear();
        try {
            settleInDoubt();
        } catch (RuntimeException stillAway) {
            // the database or the index is still unreachable: the next unit settles them first
        }
    }

    private void settleInDoubt() {
        if (inDoubt.isEmpty()) return;
        List<Long> ids = new ArrayList<>(inDoubt);
        sync.bringInLine(ids);
        inDoubt.removeAll(ids);
    }

    private IngestOutcome ingestInUnit(Article draft) {
        // A cheap check first, so a re-import costs no analysis; the store's unique URL still decides races.
        if (timer.time(StageTimer.Stage.STORE, () -> store.byUrl(draft.url()).isPresent())) {
            return IngestOutcome.SAME_URL;
        }
        List<Tag> tags = timer.time(StageTimer.Stage.TAG, () -> decisions.tagsOf(draft.title(), draft.body(), List.of()));
        Article article = draft.withTags(tags).withIngested(clock.instant());
        ArticleStore.InsertResult result = timer.time(StageTimer.Stage.STORE, () -> store.insert(article));
        if (!result.inserted()) return IngestOutcome.SAME_URL;
        Article stored = article.withId(result.id());
        // Counted only once stored, so re-imports and lost races never inflate document frequencies.
        timer.time(StageTimer.Stage.STATS, () -> {
            Collection<String> keys = new ArrayList<>(analysis.corpusKeys(draft.title(), draft.body()));
            keys.addAll(clusterStats.keys(features.corpusKeys(stored)));
            corpus.addDocument(keys);
            return null;
        });

        DedupDecision decision = timer.time(StageTimer.Stage.DEDUP, () -> dedup.ingest(stored, store));
        if (decision.isDuplicate()) {
            // A copy takes its original's story and stays out of the index and every list.
            long canonical = decision.canonicalId();
            stories.storyOf(canonical).ifPresent(s -> store.setStory(stored.id(), s));
            return IngestOutcome.STORED;
        }
        if (decision.canonicalChanged()) {
            for (long member : decision.repoint()) if (member != stored.id()) write(new IndexWrite.Remove(member));
            // The new canonical of a group that has a story takes that story, as a copy would: clustering it
            // afresh could start a second story for one event (another worker's clusterer never saw the first).
            Optional<Long> groupStory = decision.members().stream().filter(m -> m != stored.id())
                    .map(stories::storyOf).flatMap(Optional::stream).findFirst();
            if (groupStory.isPresent()) {
                long story = stories.resolve(groupStory.get());
                Instant when = stored.published() != null ? stored.published() : stored.ingested();
                stories.assign(story, new StoryStore.Member(stored.id(), stored.sourceId(), when));
                store.setStory(stored.id(), story);
                write(new IndexWrite.Put(stored.withStoryId(story)));
                return IngestOutcome.STORED;
            }
        }
        StoryClusterer.Assignment assignment = timer.time(StageTimer.Stage.CLUSTER, () -> cluster(stored));
        write(new IndexWrite.Put(stored.withStoryId(assignment.storyId())));
        return IngestOutcome.STORED;
    }

    /** Puts the article in a story and moves the members of stories that split off or merged. */
    private StoryClusterer.Assignment cluster(Article stored) {
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
        return assignment;
    }
}
