package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Recomputes tags for every stored article with the current corpus statistics and tagger, store first, then index.
 * A related list whose article's tags changed is marked stale: its "shared tags" reasons were read from the old tags.
 */
public final class Retagger {
    private static final int BATCH = 500;
    private final Khabar khabar;

    public Retagger(Khabar khabar) {
        this.khabar = khabar;
    }

    /** Returns the number of articles whose tags changed. */
    public long retagAll(LongConsumer progress) {
        long changed = 0;
        long last = 0;
        while (true) {
            List<Article> batch = khabar.store().batchAfter(last, BATCH);
            if (batch.isEmpty()) break;
            List<Long> retagged = new ArrayList<>();
            for (Article a : batch) {
                List<Tag> tags = khabar.analysis().tags(a.title(), a.body(), Ingestor.TAGS_PER_ARTICLE);
                if (!tags.equals(a.tags())) {
                    khabar.store().replaceTags(a.id(), tags);
                    if (a.isCanonical()) khabar.index().index(a.withTags(tags));
                    retagged.add(a.id());
                }
                progress.accept(1);
            }
            khabar.relatedCache().markStale(retagged);
            changed += retagged.size();
            last = batch.get(batch.size() - 1).id();
        }
        khabar.index().commit();
        return changed;
    }
}
