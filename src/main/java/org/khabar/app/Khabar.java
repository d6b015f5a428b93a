package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.index.SearchHit;
import org.khabar.index.SearchQuery;
import org.khabar.index.SearchResults;
import org.khabar.store.ArticleQuery;
import org.khabar.store.ArticleStore;
import org.khabar.store.CorpusStats;
import org.khabar.store.Page;
import org.khabar.store.RelatedCache;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;
import org.khabar.index.SearchIndex;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engine: one store, one index, the language stage and the related-list machinery, wired together.
 * It knows no web framework and no particular backend; {@link Backends} opens the concrete ones.
 */
public final class Khabar implements ReadSide, AutoCloseable {
    private final ArticleStore store;
    private final CorpusStats corpus;
    private final RelatedCache relatedCache;
    private final SearchIndex index;
    private final Analysis analysis;
    private final RelatedFinder finder;
    private final Ingestor ingestor;
    private final Clock clock;
    private final AutoCloseable onClose;

    public Khabar(ArticleStore store, CorpusStats corpus, RelatedCache relatedCache, SearchIndex index,
                  Analysis analysis, Ingestor ingestor, RelatedFinder finder, Clock clock, AutoCloseable onClose) {
        this.store = store;
        this.corpus = corpus;
        this.relatedCache = relatedCache;
        this.index = index;
        this.analysis = analysis;
        this.finder = finder;
        this.clock = clock;
        this.onClose = onClose;
        this.ingestor = ingestor;
    }

    public ArticleStore store() { return store; }
    public SearchIndex index() { return index; }
    public CorpusStats corpus() { return corpus; }
    public RelatedCache relatedCache() { return relatedCache; }
    public Analysis analysis() { return analysis; }
    public Ingestor ingestor() { return ingestor; }
    public Clock clock() { return clock; }

    /** Makes everything written so far durable and visible. */
    public void commit() {
        corpus.flush();
        index.commit();
    }

    // ---- read side ----

    @Override
    public Page<Teaser> latest(int offset, int limit) {
        return teasers(store.list(ArticleQuery.latest(offset, limit)));
    }

    @Override
    public Page<Teaser> bySource(String sourceId, int offset, int limit) {
        return teasers(store.list(ArticleQuery.latest(offset, limit).withSource(sourceId)));
    }

    @Override
    public Page<Teaser> byTag(String label, int offset, int limit) {
        return teasers(store.list(ArticleQuery.latest(offset, limit).withTag(analysis.tagKey(label))));
    }

    @Override
    public Page<Found> search(String query, int offset, int limit) {
        SearchResults results = index.search(SearchQuery.text(query, offset, limit));
        Map<Long, Article> byId = byId(results.hits().stream().map(SearchHit::articleId).toList());
        Map<String, Source> sources = sourceMap();
        List<Found> found = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            Article a = byId.get(hit.articleId());
            if (a != null) found.add(new Found(Teaser.of(a, sourceOf(a.sourceId(), sources)), hit.snippet()));
        }
        return new Page<>(found, results.total());
    }

    @Override
    public Optional<ArticleView> article(long id) {
        Optional<Article> found = store.get(id);
        if (found.isEmpty()) return Optional.empty();
        Article article = found.get();
        Related related = relatedFor(article.id());
        Map<String, Source> sources = sourceMap();

        Set<Long> ids = new HashSet<>();
        if (related.readAlso() != null) ids.add(related.readAlso());
        related.similar().forEach(i -> ids.add(i.articleId()));
        Map<Long, Article> byId = byId(ids);

        Set<Long> shown = new HashSet<>();
        shown.add(article.id());
        SimilarItem readAlso = null;
        if (related.readAlso() != null && byId.containsKey(related.readAlso()) && shown.add(related.readAlso())) {
            Article r = byId.get(related.readAlso());
            readAlso = new SimilarItem(Teaser.of(r, sourceOf(r.sourceId(), sources)),
                    MltRelatedFinder.sharedTags(article, r));
        }
        List<SimilarItem> similar = new ArrayList<>();
        for (RelatedItem item : related.similar()) {
            Article s = byId.get(item.articleId());
            // The cache may predate a dedup decision; never show a duplicate or anything twice.
            if (s == null || !s.isCanonical() || !shown.add(s.id())) continue;
            similar.add(new SimilarItem(Teaser.of(s, sourceOf(s.sourceId(), sources)), item.sharedTags()));
        }
        List<Teaser> alsoPublishedBy = alsoPublishedBy(article, sources);
        return Optional.of(new ArticleView(article, sourceOf(article.sourceId(), sources), readAlso, similar,
                alsoPublishedBy));
    }

    @Override
    public Optional<Source> source(String id) {
        return store.source(id);
    }

    @Override
    public List<Source> sources() {
        return store.sources();
    }

    @Override
    public String tagLabel(String label) {
        String key = analysis.tagKey(label);
        Page<Article> one = store.list(ArticleQuery.latest(0, 1).withTag(key));
        return one.items().stream().flatMap(a -> a.tags().stream()).filter(t -> t.key().equals(key))
                .map(t -> t.label()).findFirst().orElse(label);
    }

    /**
     * The cached related lists; computed and cached on first view when missing. A newly computed list
     * marks its neighbours stale, since they may now want this newer article in theirs.
     */
    public Related relatedFor(long articleId) {
        Optional<Related> cached = relatedCache.related(articleId);
        if (cached.isPresent()) return cached.get();
        return refreshRelated(articleId, true);
    }

    /** Recomputes and caches one article's lists. */
    public Related refreshRelated(long articleId, boolean notifyNeighbours) {
        Related fresh = finder.find(articleId);
        relatedCache.putRelated(articleId, fresh);
        if (notifyNeighbours) {
            List<Long> neighbours = new ArrayList<>();
            if (fresh.readAlso() != null) neighbours.add(fresh.readAlso());
            fresh.similar().forEach(i -> neighbours.add(i.articleId()));
            relatedCache.markStale(neighbours);
        }
        return fresh;
    }

    private List<Teaser> alsoPublishedBy(Article article, Map<String, Source> sources) {
        long canonical = article.duplicateOf() == null ? article.id() : article.duplicateOf();
        List<Teaser> others = new ArrayList<>();
        for (Article member : store.duplicateGroup(canonical)) {
            if (member.id() != article.id()) others.add(Teaser.of(member, sourceOf(member.sourceId(), sources)));
        }
        return others;
    }

    private Page<Teaser> teasers(Page<Article> page) {
        Map<String, Source> sources = sourceMap();
        return new Page<>(page.items().stream().map(a -> Teaser.of(a, sourceOf(a.sourceId(), sources))).toList(),
                page.total());
    }

    private Map<Long, Article> byId(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return store.getAll(ids).stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    private Map<String, Source> sourceMap() {
        Map<String, Source> map = new HashMap<>();
        for (Source s : store.sources()) map.put(s.id(), s);
        return map;
    }

    private static Source sourceOf(String id, Map<String, Source> sources) {
        Source s = sources.get(id);
        return s != null ? s : new Source(id, id, null);
    }

    @Override
    public void close() {
        try {
            commit();
        } finally {
            try {
                onClose.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing khabar: " + e.getMessage(), e);
            }
        }
    }
}
