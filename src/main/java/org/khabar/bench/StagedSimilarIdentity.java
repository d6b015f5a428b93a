package org.khabar.bench;

import org.khabar.app.Khabar;
import org.khabar.app.MltRelatedFinder;
import org.khabar.core.Article;
import org.khabar.store.RelatedCache.Related;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code khabar bench similar-identity}: proves that reading candidates in stages changes no similar list. For the
 * first N canonical articles of a data folder it computes each list twice, with all
 * {@link MltRelatedFinder#CANDIDATES} candidates read at once (the finder before stages) and with the default
 * stages, and counts the lists that differ in "read also", items, order, scores or shared-tag reasons.
 */
public final class StagedSimilarIdentity {
    private static final int BATCH = 500;

    private final PrintStream out;

    public StagedSimilarIdentity(PrintStream out) {
        this.out = out;
    }

    /** Per-run counts; {@code differing == 0} is the claim. */
    public record Result(int compared, int differing, double oneReadMs, double stagedMs) {
    }

    public Result run(Khabar khabar, int articles) {
        MltRelatedFinder oneRead = new MltRelatedFinder(khabar.store(), khabar.index(), khabar.clock(),
                MltRelatedFinder.CANDIDATES);
        MltRelatedFinder staged = new MltRelatedFinder(khabar.store(), khabar.index(), khabar.clock());
        List<Long> ids = canonicalIds(khabar, articles);
        int differing = 0;
        long oneReadNanos = 0, stagedNanos = 0;
        for (long id : ids) {
            long t = System.nanoTime();
            Related expected = oneRead.find(id);
            oneReadNanos += System.nanoTime() - t;
            t = System.nanoTime();
            Related actual = staged.find(id);
            stagedNanos += System.nanoTime() - t;
            if (!sameList(expected, actual)) {
                differing++;
                if (differing <= 10) out.printf(Locale.ROOT, "  article %d differs:%n    one read: %s%n    staged:   %s%n",
                        id, expected, actual);
            }
        }
        int n = Math.max(1, ids.size());
        Result r = new Result(ids.size(), differing, oneReadNanos / 1e6 / n, stagedNanos / 1e6 / n);
        out.printf(Locale.ROOT, "%d similar lists compared, %d differ (mean ms per list: one read %.2f, staged %.2f; "
                        + "%.1f%% of the staged lists read past the first stage)%n", r.compared(), r.differing(),
                r.oneReadMs(), r.stagedMs(), 100 * staged.shareReadPastFirstStage());
        return r;
    }

    /** Everything a page shows; the computation time naturally differs. */
    static boolean sameList(Related a, Related b) {
        return java.util.Objects.equals(a.readAlso(), b.readAlso()) && a.similar().equals(b.similar());
    }

    private static List<Long> canonicalIds(Khabar khabar, int limit) {
        List<Long> ids = new ArrayList<>();
        long after = 0;
        while (ids.size() < limit) {
            List<Article> batch = khabar.store().batchAfter(after, BATCH);
            if (batch.isEmpty()) break;
            for (Article a : batch) {
                if (a.isCanonical() && ids.size() < limit) ids.add(a.id());
            }
            after = batch.get(batch.size() - 1).id();
        }
        return ids;
    }
}
