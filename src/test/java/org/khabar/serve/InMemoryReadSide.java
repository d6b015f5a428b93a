package org.khabar.serve;

import org.khabar.app.ArticleView;
import org.khabar.app.Found;
import org.khabar.app.ReadSide;
import org.khabar.app.SearchRequest;
import org.khabar.app.SimilarItem;
import org.khabar.app.StoryRanking;
import org.khabar.app.StoryRef;
import org.khabar.app.StorySummary;
import org.khabar.app.StoryView;
import org.khabar.app.Teaser;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;
import org.khabar.store.Page;
import org.khabar.store.StoryStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * A small, complete {@link ReadSide} over articles held in memory, for testing the web layer. It keeps the
 * real read side's contract: lists hold canonical articles only, newest first, with true totals; tags match
 * any surface form (by a normalized key); search matches all query words and marks them in a snippet;
 * unknown ids give empty results; related lists never hold the article itself, a repeat, its own story or a
 * second item of one story; stories are the articles' {@code storyId}s, ranked by the real {@link StoryRanking}.
 * {@code redirects} maps merged story ids to the story they joined.
 */
public final class InMemoryReadSide implements ReadSide {
    private static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(Article::id, Comparator.reverseOrder());

    private final Map<String, Source> sources;
    private final Map<Long, Article> articles;
    private final List<Article> canonicalNewestFirst;
    private final Map<Long, Long> redirects;

    public InMemoryReadSide(List<Source> sources, List<Article> articles) {
        this(sources, articles, Map.of());
    }

    public InMemoryReadSide(List<Source> sources, List<Article> articles, Map<Long, Long> redirects) {
        this.redirects = Map.copyOf(redirects);
        this.sources = sources.stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        this.articles = articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("duplicate id " + a.id());
        }, LinkedHashMap::new));
        this.canonicalNewestFirst = articles.stream().filter(Article::isCanonical).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public Page<Teaser> latest(int offset, int limit) {
        return page(canonicalNewestFirst, offset, limit, this::teaser);
    }

    @Override
    public Page<Teaser> bySource(String sourceId, int offset, int limit) {
        return page(canonicalNewestFirst.stream().filter(a -> a.sourceId().equals(sourceId)).toList(),
                offset, limit, this::teaser);
    }

    @Override
    public Page<Teaser> byTag(String label, int offset, int limit) {
        String key = normalize(label);
        return page(canonicalNewestFirst.stream().filter(a -> a.tags().stream().anyMatch(t -> matches(t, key))).toList(),
                offset, limit, this::teaser);
    }

    @Override
    public Page<Found> search(SearchRequest request, int offset, int limit) {
        List<String> words = List.of(normalize(request.text()).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        // relevance: how often the words occur, a title's words thrice; newest first among equals
        Comparator<Article> order = request.newestFirst() ? NEWEST_FIRST : Comparator.<Article>comparingInt(
                a -> -occurrences(normalize(a.title()), words) * 3 - occurrences(normalize(a.body()), words))
                .thenComparing(NEWEST_FIRST);
        List<Article> hits = canonicalNewestFirst.stream()
                .filter(a -> request.sourceId() == null || request.sourceId().equals(a.sourceId()))
                .filter(a -> words.stream().allMatch(w -> normalize(a.title() + "\n" + a.body()).contains(w)))
                .sorted(order)
                .toList();
        return page(hits, offset, limit, a -> new Found(teaser(a), snippet(a, words)));
    }

    private static int occurrences(String text, List<String> words) {
        int n = 0;
        for (String w : words) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) n++;
        }
        return n;
    }

    @Override
    public Optional<ArticleView> article(long id) {
        Article article = articles.get(id);
        if (article == null) {
            return Optional.empty();
        }
        long group = article.isCanonical() ? article.id() : article.duplicateOf();
        Long ownStory = articles.get(group).storyId();
        Set<Long> storiesShown = new HashSet<>();
        if (ownStory != null) {
            storiesShown.add(ownStory);
        }
        List<SimilarItem> related = canonicalNewestFirst.stream()
                .filter(other -> other.id() != group)
                .map(other -> new SimilarItem(teaser(other), sharedLabels(article, other)))
                .filter(item -> !item.sharedTags().isEmpty())
                .sorted(Comparator.comparingInt((SimilarItem s) -> -s.sharedTags().size()))
                .filter(item -> {
                    Long story = articles.get(item.teaser().id()).storyId();
                    return story == null || storiesShown.add(story);
                })
                .toList();
        SimilarItem readAlso = related.isEmpty() ? null : related.get(0);
        List<SimilarItem> similar = related.stream().skip(1).limit(10).toList();
        List<Teaser> alsoPublished = articles.values().stream()
                .filter(other -> other.id() != article.id())
                .filter(other -> other.id() == group || Objects.equals(other.duplicateOf(), group))
                .map(this::teaser)
                .toList();
        StoryRef story = null;
        if (ownStory != null) {
            List<Article> reports = reportsOf(ownStory);
            story = new StoryRef(ownStory, reports.size(), (int) reports.stream().map(Article::sourceId).distinct().count());
        }
        return Optional.of(new ArticleView(article, sources.get(article.sourceId()), readAlso, similar, alsoPublished,
                story));
    }

    @Override
    public Page<StorySummary> topStories(int offset, int limit) {
        if (canonicalNewestFirst.isEmpty() || canonicalNewestFirst.get(0).published() == null) {
            return new Page<>(List.of(), 0);
        }
        Instant now = canonicalNewestFirst.get(0).published();
        Instant growthSince = now.minus(StoryRanking.GROWTH_WINDOW);
        Instant since = now.minus(StoryRanking.WINDOW);
        List<StoryStore.Activity> active = new ArrayList<>();
        for (long id : canonicalNewestFirst.stream().map(Article::storyId).filter(Objects::nonNull).distinct().toList()) {
            List<Article> reports = reportsOf(id);
            Instant first = reports.get(0).published();
            Instant last = reports.get(reports.size() - 1).published();
            if (last.isBefore(since)) {
                continue;
            }
            int outlets = (int) reports.stream().map(Article::sourceId).distinct().count();
            int recent = (int) reports.stream().filter(a -> !a.published().isBefore(growthSince)).count();
            active.add(new StoryStore.Activity(new StoryStore.Story(id, first, last, reports.size(), outlets, null), recent));
        }
        return page(StoryRanking.rank(active, now), offset, limit, a -> {
            List<Article> reports = reportsOf(a.story().id());
            Set<String> outletIds = new LinkedHashSet<>();
            reports.forEach(r -> outletIds.add(r.sourceId()));
            return new StorySummary(a.story().id(), teaser(reports.get(reports.size() - 1)), a.story().articleCount(),
                    a.story().outletCount(), a.recentArticles(), a.story().firstPublished(), a.story().lastPublished(),
                    outletIds.stream().map(sources::get).toList());
        });
    }

    @Override
    public Optional<StoryView> story(long id) {
        long live = redirects.getOrDefault(id, id);
        List<Article> reports = reportsOf(live);
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<StoryView.Report>> byOutlet = new LinkedHashMap<>();
        for (Article r : reports) {
            List<Teaser> copies = articles.values().stream().filter(c -> Objects.equals(c.duplicateOf(), r.id()))
                    .sorted(Comparator.comparing(Article::published)).map(this::teaser).toList();
            byOutlet.computeIfAbsent(r.sourceId(), k -> new ArrayList<>()).add(new StoryView.Report(teaser(r), copies));
        }
        Article first = reports.get(0);
        Article newest = reports.get(reports.size() - 1);
        return Optional.of(new StoryView(live, teaser(newest), teaser(first), first.published(), newest.published(),
                byOutlet.entrySet().stream().map(e -> new StoryView.OutletCoverage(sources.get(e.getKey()), e.getValue()))
                        .toList()));
    }

    /** A story's canonical articles, oldest first. */
    private List<Article> reportsOf(long storyId) {
        return canonicalNewestFirst.stream().filter(a -> Objects.equals(a.storyId(), storyId))
                .sorted(Comparator.comparing(Article::published).thenComparing(Article::id)).toList();
    }

    @Override
    public List<org.khabar.store.TagCount> relatedTags(String label, int limit) {
        String key = normalize(label);
        Map<String, Set<Long>> carriers = new java.util.TreeMap<>();
        Map<String, String> labels = new java.util.HashMap<>();
        canonicalNewestFirst.stream().filter(a -> a.tags().stream().anyMatch(t -> matches(t, key))).limit(50)
                .forEach(a -> a.tags().stream().filter(t -> !matches(t, key)).forEach(t -> {
                    carriers.computeIfAbsent(t.key(), k -> new HashSet<>()).add(a.id());
                    labels.putIfAbsent(t.key(), t.label());
                }));
        return carriers.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<Long>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).map(e -> new org.khabar.store.TagCount(e.getKey(), labels.get(e.getKey()), e.getValue().size()))
                .toList();
    }

    /** The other names of tags, by tag key ({@link #otherNames}); none unless given. */
    private Map<String, List<String>> otherNames = Map.of();

    /** This read side, where the tags of these keys are also carried under these other names. */
    public InMemoryReadSide withOtherNames(Map<String, List<String>> namesByKey) {
        this.otherNames = Map.copyOf(namesByKey);
        return this;
    }

    @Override
    public List<String> otherNames(String label) {
        String key = normalize(label);
        return articles.values().stream().flatMap(a -> a.tags().stream()).filter(t -> matches(t, key)).findFirst()
                .map(t -> otherNames.getOrDefault(t.key(), List.of())).orElse(List.of());
    }

    @Override
    public List<org.khabar.store.TagCount> popularTags(int limit) {
        if (canonicalNewestFirst.isEmpty() || canonicalNewestFirst.get(0).published() == null) return List.of();
        Instant since = canonicalNewestFirst.get(0).published().minus(POPULAR_TAGS_SPAN);
        Map<String, java.util.Set<Long>> carriers = new java.util.TreeMap<>();
        Map<String, String> label = new java.util.HashMap<>();
        for (Article a : canonicalNewestFirst) {
            if (a.published() == null || a.published().isBefore(since)) continue;
            for (Tag t : a.tags()) {
                carriers.computeIfAbsent(t.key(), k -> new java.util.HashSet<>()).add(a.id());
                label.putIfAbsent(t.key(), t.label());
            }
        }
        return carriers.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, java.util.Set<Long>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).map(e -> new org.khabar.store.TagCount(e.getKey(), label.get(e.getKey()), e.getValue().size()))
                .toList();
    }

    @Override
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    @Override
    public List<Source> sources() {
        return sources.values().stream().sorted(Comparator.comparing(Source::name)).toList();
    }

    @Override
    public String tagLabel(String label) {
        String key = normalize(label);
        Map<String, Long> counts = articles.values().stream().flatMap(a -> a.tags().stream())
                .filter(t -> matches(t, key))
                .collect(Collectors.groupingBy(Tag::label, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(label);
    }

    private Teaser teaser(Article a) {
        return Teaser.of(a, sources.get(a.sourceId()));
    }

    private static boolean matches(Tag tag, String key) {
        return normalize(tag.key()).equals(key) || normalize(tag.label()).equals(key);
    }

    private static List<String> sharedLabels(Article a, Article b) {
        List<String> shared = new ArrayList<>();
        for (Tag t : a.tags()) {
            if (b.tags().stream().anyMatch(u -> u.key().equals(t.key()))) {
                shared.add(t.label());
            }
        }
        return shared;
    }

    /** The first paragraph with a match, every match wrapped in the \u0001…\u0002 markers. */
    private static String snippet(Article a, List<String> words) {
        String paragraph = a.paragraphs().stream().filter(p -> words.stream().anyMatch(w -> normalize(p).contains(w)))
                .findFirst().orElse(a.title());
        String normalized = normalize(paragraph);
        boolean[] marked = new boolean[paragraph.length()];
        for (String w : words) {
            for (int i = normalized.indexOf(w); i >= 0; i = normalized.indexOf(w, i + w.length())) {
                for (int j = i; j < i + w.length(); j++) {
                    marked[j] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraph.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                out.append(Highlight.START);
            }
            out.append(paragraph.charAt(i));
            if (marked[i] && (i == paragraph.length() - 1 || !marked[i + 1])) {
                out.append(Highlight.END);
            }
        }
        return out.toString();
    }

    /** Character-for-character Arabic folding (so offsets stay aligned): hamza forms, ta marbuta, alef maqsura. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case 'أ', 'إ', 'آ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString().strip();
    }

    private static <A, T> Page<T> page(List<A> all, int offset, int limit, Function<A, T> mapper) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0");
        }
        List<T> items = all.stream().skip(offset).limit(limit).map(mapper).toList();
        return new Page<>(items, all.size());
    }
}
