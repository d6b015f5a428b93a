package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Source;

import java.time.Instant;

/** What a list shows of an article: enough for a link line, nothing of the body. */
public record Teaser(long id, String title, String url, Source source, Instant published) {
    public static Teaser of(Article a, Source source) {
        return new Teaser(a.id(), a.title(), a.url(), source, a.published());
    }
}
