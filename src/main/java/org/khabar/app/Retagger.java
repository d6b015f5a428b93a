package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.store.EditorialTags.TagEdit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Recomputes tags for every stored article with the current corpus statistics and tagger, store first, then index;
 * an editor's decisions on tags hold ({@link TagDecisions}).
 * A related list whose article's tags changed is marked stale: its "shared tags" reasons were read from the old tags.
 * Each batch runs as one unit of the ingestor, so a portal can retag while it ingests: no article is retagged
 * half-way through its own ingest, and a copy found meanwhile is not put back into the index.
 */
public final class Retagger {
    private static final int BATCH = 200;
    private final Khabar khabar;
    private volatile boolean stopped;

    public Retagger(Khabar khabar) {
        this.khabar = khabar;
    }

    /**
     * Makes a running (or later) retag stop after its current batch, without recording itself as complete. The
     * portal stops its background retag this way on shutdown: interrupting a thread that writes the Lucene index
     * would close the index's file channels under it.
     */
    public void stop() {
        stopped = true;
    }

    /**
     * What a retag did. {@code keptByTenth}: per tenth of the articles in ingest order, the mean share of an
     * article's old tag labels that it keeps (Jaccard of the label sets); early tenths were tagged against fewer
     * documents, so they change most.
     */
    public record Result(long articles, long changed, long documents, double[] keptByTenth, boolean complete) {
        public String describe() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "retagged %d of %d articles against %,d documents%s", changed, articles, documents,
                    complete ? "" : " (stopped: not recorded as a full retag)"));
            if (articles >= 10) {
                sb.append("; tags kept, by tenth in ingest order:");
                for (double k : keptByTenth) sb.append(String.format(Locale.ROOT, " %.2f", k));
            }
            return sb.toString();
        }
    }

    /** Retags only if IDF has drifted far ({@link TagDrift}); null when it has not. */
    public Result retagIfDrifted(LongConsumer progress) {
        return drift().isFar() ? retagAll(progress) : null;
    }

    public TagDrift drift() {
        return new TagDrift(khabar.corpus().documentCount(), khabar.corpus().retaggedAt(),
                khabar.corpus().retaggedWith(), khabar.analysis().taggerVersion());
    }

    public Result retagAll(LongConsumer progress) {
        long documents = khabar.corpus().documentCount();
        long total = Math.max(1, khabar.store().countAll());
        double[] keptSum = new double[10];
        long[] perTenth = new long[10];
        long[] done = {0, 0}; // articles, changed
        long[] last = {0};
        boolean complete = false;
        // the tagger's version also stands for the analysis the index reads (tokens and their keys): after another
        // version, every article's text is indexed again, not only those whose tags changed
        boolean reindexAll = drift().byAnotherTagger();
        while (!stopped) {
            boolean more = khabar.ingestor().inOneBatch(() -> {
                List<Article> batch = khabar.store().batchAfter(last[0], BATCH);
                if (batch.isEmpty()) return false;
                List<Long> retagged = new ArrayList<>();
                Map<Long, List<TagEdit>> edits = khabar.tagDecisions().store()
                        .edits(batch.stream().map(Article::id).toList());
                for (Article a : batch) {
                    List<Tag> tags = khabar.tagDecisions().tagsOf(a.title(), a.body(),
                            edits.getOrDefault(a.id(), List.of()));
                    int tenth = (int) Math.min(9, done[0] * 10 / total);
                    keptSum[tenth] += kept(a.tags(), tags);
                    perTenth[tenth]++;
                    if (!tags.equals(a.tags())) {
                        khabar.store().replaceTags(a.id(), tags);
                        if (a.isCanonical()) khabar.index().index(a.withTags(tags));
                        retagged.add(a.id());
                    } else if (reindexAll && a.isCanonical()) {
                        khabar.index().index(a);
                    }
                    done[0]++;
                    progress.accept(1);
                }
                khabar.relatedCache().markStale(retagged);
                done[1] += retagged.size();
                last[0] = batch.get(batch.size() - 1).id();
                return true;
            });
            if (!more) {
                complete = true;
                break;
            }
        }
        khabar.index().commit();
        if (complete) khabar.corpus().setRetagged(documents, khabar.analysis().taggerVersion());
        double[] kept = new double[10];
        for (int i = 0; i < 10; i++) kept[i] = perTenth[i] == 0 ? 1.0 : keptSum[i] / perTenth[i];
        return new Result(done[0], done[1], documents, kept, complete);
    }

    private static double kept(List<Tag> before, List<Tag> after) {
        Set<String> a = new HashSet<>();
        before.forEach(t -> a.add(t.label()));
        Set<String> b = new HashSet<>();
        after.forEach(t -> b.add(t.label()));
        if (a.isEmpty() && b.isEmpty()) return 1.0;
        int shared = 0;
        for (String l : a) if (b.contains(l)) shared++;
        return shared / (double) (a.size() + b.size() - shared);
    }
}
