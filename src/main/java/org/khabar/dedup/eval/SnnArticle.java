package org.khabar.dedup.eval;

import java.time.Instant;

/**
 * One SaudiNewsNet article. {@code key} is the corpus id used by the gold file ("2015-07-21.json#640");
 * {@code id} is the ingest-order number khabar gives it (1-based, by extraction time then key).
 */
public record SnnArticle(long id, String key, String source, Instant published, String title, String content) {
    public String day() {
        return published.toString().substring(0, 10);
    }
}
