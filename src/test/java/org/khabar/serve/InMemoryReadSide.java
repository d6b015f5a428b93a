package org.khabar.serve;

import org.khabar.app.ArticleView;
import org.khabar.app.Found;
import org.khabar.app.ReadSide;
import org.khabar.app.SimilarItem;
import org.khabar.app.Teaser;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;
import org.khabar.store.Page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A small, complete {@link ReadSide} over articles held in memory, for testing the web layer. It keeps the
 * real read side's contract: lists hold canonical articles only, newest first, with true totals; tags match
 * any surface form (by a normalized key); search matches all query words and marks them in a snippet;
 * unknown ids give empty results; related lists never hold the article itself or a repeat.
 */
public final class InMemoryReadSide implements ReadSide {
    private static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(Article::id, Comparator.reverseOrder());

    private final Map<String, Source> sources;
    private final Map<Long, Article> articles;
    private final List<Article> canonicalNewestFirst;

    public InMemoryReadSide(List<Source> sources, List<Article> articles) {
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
    public Page<Found> search(String query, int offset, int limit) {
        List<String> words = List.of(normalize(query).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        List<Article> hits = canonicalNewestFirst.stream()
                .filter(a -> words.stream().allMatch(w -> normalize(a.title() + "\n" + a.body()).contains(w)))
                .toList();
        return page(hits, offset, limit, a -> new Found(teaser(a), snippet(a, words)));
    }

    @Override
    public Optional<ArticleView> article(long id) {
        Article article = articles.get(id);
        if (article == null) {
            return Optional.empty();
        }
        long group = article.isCanonical() ? article.id() : article.duplicateOf();
        List<SimilarItem> related = canonicalNewestFirst.stream()
                .filter(other -> other.id() != group)
                .map(other -> new SimilarItem(teaser(other), sharedLabels(article, other)))
                .filter(item -> !item.sharedTags().isEmpty())
                .sorted(Comparator.comparingInt((SimilarItem s) -> -s.sharedTags().size()))
                .toList();
        SimilarItem readAlso = related.isEmpty() ? null : related.get(0);
        List<SimilarItem> similar = related.stream().skip(1).limit(10).toList();
        List<Teaser> alsoPublished = articles.values().stream()
                .filter(other -> other.id() != article.id())
                .filter(other -> other.id() == group || Objects.equals(other.duplicateOf(), group))
                .map(this::teaser)
                .toList();
        return Optional.of(new ArticleView(article, sources.get(article.sourceId()), readAlso, similar, alsoPublished));
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
