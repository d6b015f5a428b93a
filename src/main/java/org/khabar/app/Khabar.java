package org.khabar.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;
import org.khabar.index.SearchHit;
import org.khabar.index.SearchQuery;
import org.khabar.index.SearchResults;
import org.khabar.store.ArticleQuery;
import org.khabar.store.ArticleStore;
import org.khabar.store.CorpusStats;
import org.khabar.store.Page;
import org.khabar.store.TagCount;
import org.khabar.store.RelatedCache;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;
import org.khabar.store.StoryStore;
import org.khabar.store.StoryStore.Activity;
import org.khabar.store.StoryStore.Member;
import org.khabar.store.StoryStore.Story;
import org.khabar.index.SearchIndex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engine: one store, one index, the language stage and the related-list machinery, wired together.
 * It knows no web framework and no particular backend; {@link Backends} opens the concrete ones.
 */
public final class Khabar implements ReadSide, AutoCloseable {
    /** Oldest first, undated last: the order of a story's timeline. */
    private static final Comparator<Article> OLDEST_FIRST = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparingLong(Article::id);
    /** Newest members looked at to find a story's lead report (one of them is canonical unless dedup moved it). */
    private static final int LEAD_CANDIDATES = 5;

    private final ArticleStore store;
    private final StoryStore stories;
    private final CorpusStats corpus;
    private final RelatedCache relatedCache;
    private final SearchIndex index;
    private final Analysis analysis;
    private final TagDecisions decisions;
    private final RelatedFinder finder;
    private final Ingestor ingestor;
    private final Clock clock;
    private final AutoCloseable onClose;

    public Khabar(ArticleStore store, StoryStore stories, CorpusStats corpus, RelatedCache relatedCache,
                  SearchIndex index, Analysis analysis, TagDecisions decisions, Ingestor ingestor,
                  RelatedFinder finder, Clock clock, AutoCloseable onClose) {
        this.decisions = decisions;
        this.store = store;
        this.stories = stories;
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
    public StoryStore stories() { return stories; }
    public SearchIndex index() { return index; }
    public CorpusStats corpus() { return corpus; }
    public RelatedCache relatedCache() { return relatedCache; }
    public Analysis analysis() { return analysis; }
    public TagDecisions tagDecisions() { return decisions; }
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
        return teasers(tagged(label, offset, limit).page());
    }

    private record Tagged(String key, Page<Article> page) {
    }

    /**
     * Articles under the label's tag; if none carry it, under the label read with a glued ب ل ك cut ("لترامب" as
     * ترامب): tags of older articles and older links used the glued form. The second read happens only for an empty
     * tag, so a tag page costs no more queries than before.
     */
    private Tagged tagged(String label, int offset, int limit) {
        String key = decisions.tagKey(label);
        Page<Article> page = store.list(ArticleQuery.latest(offset, limit).withTag(key));
        if (page.total() > 0) return new Tagged(key, page);
        String other = decisions.tagKeyWithoutGluedPrepositions(label);
        if (other.isEmpty() || other.equals(key)) return new Tagged(key, page);
        return new Tagged(other, store.list(ArticleQuery.latest(offset, limit).withTag(other)));
    }

    @Override
    public Page<Found> search(SearchRequest request, int offset, int limit) {
        SearchResults results = index.search(SearchQuery.text(request.text(), offset, limit)
                .fromSource(request.sourceId())
                .orderedBy(request.newestFirst() ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE));
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
        long canonicalId = article.duplicateOf() == null ? article.id() : article.duplicateOf();
        List<Article> group = store.duplicateGroup(canonicalId);
        // the group holds no withdrawn article: a withdrawn one is gone, and so is a copy of a withdrawn original
        if (group.stream().noneMatch(a -> a.id() == article.id()) || group.stream().noneMatch(a -> a.id() == canonicalId)) {
            return Optional.empty();
        }
        // A copy is not clustered: its story is its canonical article's.
        Long storyId = group.stream().filter(a -> a.id() == canonicalId).map(Article::storyId)
                .filter(Objects::nonNull).findFirst().orElse(article.storyId());
        Related related = relatedFor(article.id());
        Map<String, Source> sources = sourceMap();

        Set<Long> ids = new HashSet<>();
        if (related.readAlso() != null) ids.add(related.readAlso());
        related.similar().forEach(i -> ids.add(i.articleId()));
        Map<Long, Article> byId = byId(ids);

        // The cache may predate a dedup or clustering decision: re-check the cheap rules on what it names, so a
        // page never shows a copy, anything twice, its own story, or a second item of one story.
        Set<Long> shown = new HashSet<>();
        group.forEach(a -> shown.add(a.id()));
        shown.add(article.id());
        Set<Long> storiesShown = new HashSet<>();
        if (storyId != null) storiesShown.add(storyId);
        SimilarItem readAlso = null;
        Article r = related.readAlso() == null ? null : byId.get(related.readAlso());
        if (r != null && showable(r, shown, storiesShown)) {
            readAlso = new SimilarItem(Teaser.of(r, sourceOf(r.sourceId(), sources)),
                    MltRelatedFinder.sharedTags(article, r));
        }
        List<SimilarItem> similar = new ArrayList<>();
        for (RelatedItem item : related.similar()) {
            Article s = byId.get(item.articleId());
            if (s == null || !showable(s, shown, storiesShown)) continue;
            similar.add(new SimilarItem(Teaser.of(s, sourceOf(s.sourceId(), sources)), item.sharedTags()));
        }
        List<Teaser> alsoPublishedBy = new ArrayList<>();
        for (Article member : group) {
            if (member.id() != article.id()) alsoPublishedBy.add(Teaser.of(member, sourceOf(member.sourceId(), sources)));
        }
        return Optional.of(new ArticleView(article, sourceOf(article.sourceId(), sources), readAlso, similar,
                alsoPublishedBy, storyRef(storyId)));
    }

    /** Canonical, not yet shown, and of a story not yet shown (records both when true). */
    private static boolean showable(Article a, Set<Long> shown, Set<Long> storiesShown) {
        if (!a.isCanonical() || shown.contains(a.id())) return false;
        if (a.storyId() != null && storiesShown.contains(a.storyId())) return false;
        shown.add(a.id());
        if (a.storyId() != null) storiesShown.add(a.storyId());
        return true;
    }

    private StoryRef storyRef(Long storyId) {
        if (storyId == null) return null;
        long live = stories.resolve(storyId);
        return stories.story(live).filter(s -> s.articleCount() > 0)
                .map(s -> new StoryRef(live, s.articleCount(), s.outletCount())).orElse(null);
    }

    /** Top stories, ranked as {@link StoryRanking} documents. */
    @Override
    public Page<StorySummary> topStories(int offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must be >= 0");
        Optional<Instant> now = stories.lastPublished(clock.instant());
        if (now.isEmpty()) return new Page<>(List.of(), 0);
        List<Activity> ranked = StoryRanking.rank(stories.active(now.get().minus(StoryRanking.WINDOW),
                now.get().minus(StoryRanking.GROWTH_WINDOW), StoryRanking.MAX_CANDIDATES), now.get());
        if (offset >= ranked.size()) return new Page<>(List.of(), ranked.size());
        List<Activity> slice = ranked.subList(offset, Math.min(ranked.size(), offset + limit));
        Map<String, Source> sources = sourceMap();

        Map<Long, List<Member>> membersOf = new LinkedHashMap<>();
        List<Long> leadCandidates = new ArrayList<>();
        for (Activity a : slice) {
            List<Member> ms = stories.members(a.story().id());
            membersOf.put(a.story().id(), ms);
            for (int i = ms.size() - 1; i >= Math.max(0, ms.size() - LEAD_CANDIDATES); i--) {
                leadCandidates.add(ms.get(i).articleId());
            }
        }
        Map<Long, Article> articles = byId(leadCandidates);
        List<StorySummary> out = new ArrayList<>();
        for (Activity a : slice) {
            List<Member> ms = membersOf.get(a.story().id());
            Article lead = null;
            for (int i = ms.size() - 1; i >= 0 && lead == null; i--) {
                Article candidate = articles.get(ms.get(i).articleId());
                if (candidate != null && candidate.isCanonical()) lead = candidate;
            }
            if (lead == null) continue; // members not stored (or all became copies): nothing to show
            Set<String> outletIds = new LinkedHashSet<>();
            ms.forEach(m -> outletIds.add(m.sourceId()));
            Story st = a.story();
            out.add(new StorySummary(st.id(), Teaser.of(lead, sourceOf(lead.sourceId(), sources)), st.articleCount(),
                    st.outletCount(), a.recentArticles(), st.firstPublished(), st.lastPublished(),
                    outletIds.stream().map(sid -> sourceOf(sid, sources)).toList()));
        }
        return new Page<>(out, ranked.size());
    }

    /** The story's reports grouped by outlet, each with its copies; a merged story's id leads to the live story. */
    @Override
    public Optional<StoryView> story(long id) {
        if (stories.story(id).isEmpty()) return Optional.empty();
        long live = stories.resolve(id);
        List<Member> members = stories.members(live);
        if (members.isEmpty()) return Optional.empty();
        List<Article> memberArticles = store.getAll(members.stream().map(Member::articleId).toList());
        // A member that dedup later found to be a copy stands for its canonical article (and shows as its copy).
        Map<Long, Article> reports = new LinkedHashMap<>();
        Set<Long> missing = new LinkedHashSet<>();
        for (Article a : memberArticles) {
            if (a.isCanonical()) reports.put(a.id(), a);
            else missing.add(a.duplicateOf());
        }
        missing.removeAll(reports.keySet());
        for (Article a : store.getAll(missing)) if (a.isCanonical()) reports.put(a.id(), a);
        if (reports.isEmpty()) return Optional.empty();

        Map<Long, List<Article>> copiesOf = new HashMap<>();
        for (Article c : store.duplicatesOf(reports.keySet())) {
            copiesOf.computeIfAbsent(c.duplicateOf(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Source> sources = sourceMap();
        List<Article> timeline = reports.values().stream().sorted(OLDEST_FIRST).toList();
        Map<String, List<StoryView.Report>> byOutlet = new LinkedHashMap<>();
        for (Article a : timeline) {
            List<Teaser> copies = copiesOf.getOrDefault(a.id(), List.of()).stream()
                    .map(c -> Teaser.of(c, sourceOf(c.sourceId(), sources))).toList();
            byOutlet.computeIfAbsent(a.sourceId(), k -> new ArrayList<>())
                    .add(new StoryView.Report(Teaser.of(a, sourceOf(a.sourceId(), sources)), copies));
        }
        List<StoryView.OutletCoverage> outlets = byOutlet.entrySet().stream()
                .map(e -> new StoryView.OutletCoverage(sourceOf(e.getKey(), sources), e.getValue())).toList();
        Article first = timeline.get(0);
        Article newest = timeline.stream().filter(a -> a.published() != null).reduce((x, y) -> y).orElse(first);
        return Optional.of(new StoryView(live, Teaser.of(newest, sourceOf(newest.sourceId(), sources)),
                Teaser.of(first, sourceOf(first.sourceId(), sources)), first.published(),
                newest.published(), outlets));
    }

    /** Popular tags move with the news, not with each page view: counted at most once a minute per list length. */
    private final Cache<Integer, List<TagCount>> popular = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(16).build();

    @Override
    public List<TagCount> popularTags(int limit) {
        return popular.get(limit, n -> {
            Optional<Instant> now = stories.lastPublished(clock.instant());
            if (now.isEmpty()) return List.of();
            // a tag that gathers several names is shown by the one it is best known by, as its page is headed
            return store.popularTags(now.get().minus(POPULAR_TAGS_SPAN), n).stream().map(t -> new TagCount(t.key(),
                    decisions.gatheringName(t.key()).orElse(t.label()), t.articles())).toList();
        });
    }

    @Override
    public Optional<Source> source(String id) {
        return store.source(id);
    }

    @Override
    public List<Source> sources() {
        return store.sources();
    }

    /** How many of a tag's latest articles related tags are counted over: recent company, one indexed read. */
    static final int RELATED_TAGS_FROM = 50;

    @Override
    public List<TagCount> relatedTags(String label, int limit) {
        Tagged recent = tagged(label, 0, RELATED_TAGS_FROM);
        Map<String, Map<String, Integer>> labelsByKey = new LinkedHashMap<>();
        for (Article a : recent.page().items()) {
            Set<String> seen = new HashSet<>();
            for (Tag t : a.tags()) {
                if (t.key().equals(recent.key()) || !seen.add(t.key())) continue;
                labelsByKey.computeIfAbsent(t.key(), k -> new LinkedHashMap<>()).merge(t.label(), 1, Integer::sum);
            }
        }
        List<TagCount> out = new ArrayList<>();
        labelsByKey.forEach((key, labels) -> {
            int articles = labels.values().stream().mapToInt(Integer::intValue).sum();
            if (articles < 2) return; // one article's tag says nothing about the tag's company
            String most = Collections.max(labels.entrySet(), Map.Entry.comparingByValue()).getKey();
            out.add(new TagCount(key, decisions.gatheringName(key).orElse(most), articles));
        });
        out.sort(Comparator.comparingLong(TagCount::articles).reversed()); // stable: first met first among equals
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    @Override
    public List<String> otherNames(String label) {
        return decisions.otherNames(decisions.tagKey(label));
    }

    @Override
    public String tagLabel(String label) {
        Tagged one = tagged(label, 0, 1);
        // a page that gathers several names ("أمريكا", "الولايات المتحدة") is headed by the one it is best known by
        return decisions.gatheringName(one.key()).orElseGet(() -> one.page().items().stream()
                .flatMap(a -> a.tags().stream()).filter(t -> t.key().equals(one.key()))
                .map(t -> t.label()).findFirst().orElse(label));
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

    /**
     * Marks stale every cached list made under other list rules than this build's (an upgrade changed them); the
     * background refresher recomputes them while pages go on showing the old ones. Returns how many it marked.
     */
    public int adoptListRules() {
        return relatedCache.adoptRules(finder.rulesVersion());
    }

    /** Recomputes and caches one article's lists. */
    public Related refreshRelated(long articleId, boolean notifyNeighbours) {
        Related fresh = finder.find(articleId);
        relatedCache.putRelated(articleId, fresh);
        if (notifyNeighbours) {
            List<Long> neighbours = new ArrayList<>();
            if (fresh.readAlso() != null) neighbours.add(fresh.readAlso());
            fresh.similar().forEach(i -> neighbours.add(i.articleId()));
            Instant arrived = store.get(articleId).map(Article::ingested).orElse(null);
            relatedCache.markStale(neighbours.stream().filter(n -> mayHaveMissed(n, arrived)).toList());
        }
        return fresh;
    }

    /**
     * How long after its ingest an article may still be missing from the search results that lists are made from
     * (the portal makes new articles searchable every few seconds).
     */
    static final Duration SEARCHABLE_WITHIN = Duration.ofMinutes(1);

    /**
     * Whether a neighbour's cached list may lack an article that arrived at {@code arrived}: it was made before the
     * article could be found. A list made later has weighed the article already, so filling the cache after a bulk
     * import does not mark every neighbour stale again (a list would be computed two or three times over).
     */
    private boolean mayHaveMissed(long neighbour, Instant arrived) {
        if (arrived == null) return true;
        return relatedCache.related(neighbour)
                .map(r -> !r.stale() && r.computedAt().isBefore(arrived.plus(SEARCHABLE_WITHIN)))
                .orElse(false); // no list yet: it will be made with the article in the index
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
