package org.khabar.serve.api;

import org.khabar.app.ArticleView;
import org.khabar.app.Found;
import org.khabar.app.SimilarItem;
import org.khabar.app.StorySummary;
import org.khabar.app.StoryView;
import org.khabar.app.Teaser;
import org.khabar.core.Source;
import org.khabar.core.Tag;
import org.khabar.serve.Highlight;
import org.khabar.store.Page;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The API's JSON shapes (documented in openapi.json; keep both in step). */
final class Json {
    private Json() {
    }

    record SourceRef(String id, String name) {
        static SourceRef of(Source s, String fallbackId) {
            return s == null ? new SourceRef(fallbackId, fallbackId) : new SourceRef(s.id(), s.name());
        }
    }

    record PopularTagItem(String label, String key, long articles) {
        static PopularTagItem of(org.khabar.store.TagCount t) {
            return new PopularTagItem(t.label(), t.key(), t.articles());
        }
    }

    record SourceItem(String id, String name, String siteUrl) {
        static SourceItem of(Source s) {
            return new SourceItem(s.id(), s.name(), s.siteUrl());
        }
    }

    record TeaserItem(long id, String title, String url, SourceRef source, Instant published) {
        static TeaserItem of(Teaser t) {
            return new TeaserItem(t.id(), t.title(), t.url(), SourceRef.of(t.source(), null), t.published());
        }
    }

    record SimilarEntry(long id, String title, String url, SourceRef source, Instant published,
                        List<String> sharedTags) {
        static SimilarEntry of(SimilarItem s) {
            Teaser t = s.teaser();
            return new SimilarEntry(t.id(), t.title(), t.url(), SourceRef.of(t.source(), null), t.published(),
                    s.sharedTags());
        }
    }

    record FoundItem(long id, String title, String url, SourceRef source, Instant published, String snippet,
                     List<Highlight.Span> highlights) {
        static FoundItem of(Found f) {
            Teaser t = f.teaser();
            return new FoundItem(t.id(), t.title(), t.url(), SourceRef.of(t.source(), null), t.published(),
                    Highlight.plain(f.snippet()), Highlight.spans(f.snippet()));
        }
    }

    record TagEntry(String label, double score) {
        static TagEntry of(Tag t) {
            return new TagEntry(t.label(), t.score());
        }
    }

    record ArticleDoc(long id, String url, String title, SourceRef source, Instant published, String author,
                      String body, Long storyId, List<TagEntry> tags, SimilarEntry readAlso, List<SimilarEntry> similar,
                      List<TeaserItem> duplicates) {
        static ArticleDoc of(ArticleView v) {
            var a = v.article();
            return new ArticleDoc(a.id(), a.url(), a.title(), SourceRef.of(v.source(), a.sourceId()), a.published(),
                    a.author(), a.body(), v.story() == null ? null : v.story().id(),
                    a.tags().stream().map(TagEntry::of).toList(),
                    v.readAlso() == null ? null : SimilarEntry.of(v.readAlso()),
                    v.similar().stream().map(SimilarEntry::of).toList(),
                    v.alsoPublishedBy().stream().map(TeaserItem::of).toList());
        }
    }

    /** A top story: its newest report as lead, breadth, growth and span. */
    record StoryItem(long id, String title, TeaserItem lead, int articleCount, int outletCount, int recentArticles,
                     Instant firstPublished, Instant lastPublished, List<SourceRef> outlets) {
        static StoryItem of(StorySummary s) {
            return new StoryItem(s.id(), s.lead().title(), TeaserItem.of(s.lead()), s.articleCount(), s.outletCount(),
                    s.recentArticles(), s.firstPublished(), s.lastPublished(),
                    s.outlets().stream().map(o -> SourceRef.of(o, null)).toList());
        }
    }

    /** One report of a story with the syndicated copies of it. */
    record ReportItem(long id, String title, String url, SourceRef source, Instant published,
                      List<TeaserItem> duplicates) {
        static ReportItem of(StoryView.Report r) {
            Teaser t = r.article();
            return new ReportItem(t.id(), t.title(), t.url(), SourceRef.of(t.source(), null), t.published(),
                    r.copies().stream().map(TeaserItem::of).toList());
        }
    }

    record OutletCoverage(SourceRef source, List<ReportItem> articles) {
        static OutletCoverage of(StoryView.OutletCoverage o) {
            return new OutletCoverage(SourceRef.of(o.source(), null), o.reports().stream().map(ReportItem::of).toList());
        }
    }

    record StoryDoc(long id, String title, TeaserItem headline, TeaserItem firstReport, Instant firstPublished,
                    Instant lastPublished, int articleCount, int outletCount, int duplicateCount,
                    List<OutletCoverage> outlets) {
        static StoryDoc of(StoryView v) {
            return new StoryDoc(v.id(), v.headline().title(), TeaserItem.of(v.headline()), TeaserItem.of(v.firstReport()),
                    v.firstPublished(), v.lastPublished(), v.reportCount(), v.outlets().size(), v.copyCount(),
                    v.outlets().stream().map(OutletCoverage::of).toList());
        }
    }

    record ItemsPage<T>(List<T> items, long total) {
        static <S, T> ItemsPage<T> of(Page<S> page, Function<S, T> mapper) {
            return new ItemsPage<>(page.items().stream().map(mapper).toList(), page.total());
        }
    }

    /**
     * A tag's articles, the other names its articles carry it under ({@code otherNames}), and the tags its latest
     * articles also carry ({@code related}, most shared first).
     */
    record TagPage(String label, List<String> otherNames, List<TeaserItem> items, long total,
                   List<PopularTagItem> related) {
    }

    record Error(String error) {
    }
}
