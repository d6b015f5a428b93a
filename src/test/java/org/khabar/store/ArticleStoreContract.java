package org.khabar.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;
import org.khabar.store.ArticleStore.InsertResult;
import org.khabar.store.RelatedCache.Related;
import org.khabar.store.RelatedCache.RelatedItem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ArticleStore}, {@link CorpusStats} and {@link RelatedCache} backend must do. A backend's test
 * extends this class and says how to open its parts on a fresh database; nothing here depends on a backend.
 */
public abstract class ArticleStoreContract {

    /** The three store parts of one backend instance, opened on the test's database. */
    protected interface Backend extends AutoCloseable {
        ArticleStore store();

        CorpusStats corpusStats();

        RelatedCache relatedCache();

        @Override
        void close();
    }

    /** Prepares a fresh, empty database for one test (called before each test). */
    protected abstract void createDatabase() throws Exception;

    /** Opens another independent instance on the database of this test (as a second process would). */
    protected abstract Backend openBackend();

    protected Backend backend;
    protected ArticleStore store;

    protected static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    @BeforeEach
    void openStore() throws Exception {
        createDatabase();
        backend = openBackend();
        store = backend.store();
    }

    @AfterEach
    void closeStore() {
        if (backend != null) backend.close();
    }

    protected static Article draft(String url, String source, Instant published, Tag... tags) {
        return Article.draft(url, source, "ext-" + url.hashCode(), "عنوان " + url, published, "كاتب",
                "ملخص", "الفقرة الأولى\nالفقرة الثانية", "سياسة").withTags(List.of(tags));
    }

    protected static Tag tag(String key) {
        return new Tag(key, "وسم " + key, 1.0);
    }

    // ---- insert / get ---------------------------------------------------------------------------------------------

    @Test
    void insertAssignsIdAndRoundTripsEveryField() {
        Article d = draft("https://a.example/1", "alarabiya", T0, tag("k1"), tag("k2"))
                .withIngested(T0.plusSeconds(60));
        InsertResult r = store.insert(d);
        assertThat(r.inserted()).isTrue();
        assertThat(r.id()).isPositive();

        Article got = store.get(r.id()).orElseThrow();
        assertThat(got).isEqualTo(d.withId(r.id()));
        assertThat(store.byUrl("https://a.example/1")).contains(got);
        assertThat(store.get(r.id() + 1000)).isEmpty();
        assertThat(store.byUrl("https://a.example/none")).isEmpty();
    }

    @Test
    void nullableFieldsStayNullAndIngestedDefaultsToNow() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Article d = Article.draft("https://a.example/n", "s", null, "t", null, null, null, "b", null);
        long id = store.insert(d).id();
        Article got = store.get(id).orElseThrow();
        assertThat(got.published()).isNull();
        assertThat(got.externalId()).isNull();
        assertThat(got.author()).isNull();
        assertThat(got.summary()).isNull();
        assertThat(got.category()).isNull();
        assertThat(got.duplicateOf()).isNull();
        assertThat(got.storyId()).isNull();
        assertThat(got.tags()).isEmpty();
        assertThat(got.ingested()).isBetween(before, Instant.now().plusMillis(1));
    }

    @Test
    void insertIsIdempotentByUrl() {
        InsertResult first = store.insert(draft("https://a.example/same", "s1", T0, tag("a")));
        InsertResult again = store.insert(draft("https://a.example/same", "s2", T0.plusSeconds(5), tag("b")));
        assertThat(again.inserted()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.countAll()).isEqualTo(1);
        // the first version is kept untouched
        Article kept = store.get(first.id()).orElseThrow();
        assertThat(kept.sourceId()).isEqualTo("s1");
        assertThat(kept.tags()).extracting(Tag::key).containsExactly("a");
    }

    @Test
    void idsGrowWithInsertionOrder() {
        long a = store.insert(draft("https://a.example/1", "s", T0)).id();
        long b = store.insert(draft("https://a.example/2", "s", T0.minusSeconds(99))).id();
        assertThat(b).isGreaterThan(a);
    }

    @Test
    void badInputIsRejectedWithClearErrorAndNothingStored() {
        assertThatThrownBy(() -> store.insert(draft(" ", "s", T0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url");
        assertThatThrownBy(() -> store.insert(draft("https://a.example/" + "x".repeat(10_000), "s", T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.countAll()).isZero();
    }

    @Test
    void getAllKeepsRequestedOrderAndSkipsUnknown() {
        long a = store.insert(draft("https://a.example/1", "s", T0)).id();
        long b = store.insert(draft("https://a.example/2", "s", T0)).id();
        long c = store.insert(draft("https://a.example/3", "s", T0)).id();
        assertThat(store.getAll(List.of(c, 999_999L, a, b)).stream().map(Article::id)).containsExactly(c, a, b);
        assertThat(store.getAll(List.of())).isEmpty();
    }

    @Test
    void getAllWithoutBodiesIsGetAllWithTheBodiesAtMostEmptied() {
        long a = store.insert(draft("https://a.example/1", "s", T0)).id();
        long b = store.insert(draft("https://a.example/2", "s", T0)).id();
        store.replaceTags(a, List.of(new org.khabar.core.Tag("k", "وسم", 0.5)));
        List<Article> full = store.getAll(List.of(b, 999_999L, a));
        List<Article> light = store.getAllWithoutBodies(List.of(b, 999_999L, a));
        assertThat(light).hasSize(2);
        for (int i = 0; i < full.size(); i++) {
            Article f = full.get(i);
            Article l = light.get(i);
            assertThat(l.body()).isIn("", f.body());
            assertThat(new Article(l.id(), l.url(), l.sourceId(), l.externalId(), l.title(), l.published(), l.author(),
                    l.summary(), f.body(), l.category(), l.tags(), l.ingested(), l.duplicateOf(), l.storyId()))
                    .isEqualTo(f);
        }
        assertThat(light.get(1).tags()).extracting(org.khabar.core.Tag::label).containsExactly("وسم");
        assertThat(store.getAllWithoutBodies(List.of())).isEmpty();
    }

    @Test
    void getAllHandlesMoreIdsThanOneStatementTakes() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) ids.add(store.insert(draft("https://a.example/" + i, "s", T0)).id());
        List<Long> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        assertThat(store.getAll(reversed).stream().map(Article::id).toList()).isEqualTo(reversed);
    }

    @Test
    void textSurvivesUnchanged() {
        String body = "«الحرب في أوكرانيا» — تقرير\nسطر ثانٍ مع رموز: \u200f😀 ' \" ; DROP TABLE articles; --";
        long id = store.insert(Article.draft("https://a.example/ü?q='1'", "s", null, "عنوان\u0640", T0, null,
                null, body, null)).id();
        Article got = store.get(id).orElseThrow();
        assertThat(got.body()).isEqualTo(body);
        assertThat(got.title()).isEqualTo("عنوان\u0640");
        assertThat(got.url()).isEqualTo("https://a.example/ü?q='1'");
    }

    // ---- list -----------------------------------------------------------------------------------------------------

    @Test
    void listIsNewestFirstWithNullDatesLastThenIdDescending() {
        long old = store.insert(draft("https://a.example/old", "s", T0.minusSeconds(3600))).id();
        long undated1 = store.insert(draft("https://a.example/u1", "s", null)).id();
        long newest = store.insert(draft("https://a.example/new", "s", T0.plusSeconds(3600))).id();
        long mid1 = store.insert(draft("https://a.example/m1", "s", T0)).id();
        long mid2 = store.insert(draft("https://a.example/m2", "s", T0)).id();
        long undated2 = store.insert(draft("https://a.example/u2", "s", null)).id();

        Page<Article> page = store.list(ArticleQuery.latest(0, 10));
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.items()).extracting(Article::id).containsExactly(newest, mid2, mid1, old, undated2, undated1);
    }

    @Test
    void listPagesWithCorrectTotal() {
        for (int i = 0; i < 25; i++) store.insert(draft("https://a.example/" + i, "s", T0.plusSeconds(i)));
        Page<Article> p1 = store.list(ArticleQuery.latest(0, 10));
        Page<Article> p3 = store.list(ArticleQuery.latest(20, 10));
        Page<Article> beyond = store.list(ArticleQuery.latest(40, 10));
        Page<Article> none = store.list(ArticleQuery.latest(0, 0));
        assertThat(p1.total()).isEqualTo(25);
        assertThat(p1.items()).hasSize(10);
        assertThat(p1.items().get(0).url()).isEqualTo("https://a.example/24");
        assertThat(p3.items()).hasSize(5);
        assertThat(p3.items().get(4).url()).isEqualTo("https://a.example/0");
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(25);
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isEqualTo(25);
        Page<Article> far = store.list(ArticleQuery.latest(Integer.MAX_VALUE, 1000));
        assertThat(far.items()).isEmpty();
        assertThat(far.total()).isEqualTo(25);
    }

    @Test
    void listFiltersBySourceTagAndStory() {
        long a = store.insert(draft("https://a.example/1", "jazeera", T0, tag("ukraine"), tag("russia"))).id();
        long b = store.insert(draft("https://a.example/2", "arabiya", T0.plusSeconds(1), tag("ukraine"))).id();
        long c = store.insert(draft("https://a.example/3", "jazeera", T0.plusSeconds(2), tag("gaza"))).id();
        store.setStory(a, 7L);
        store.setStory(c, 7L);

        assertThat(ids(store.list(ArticleQuery.latest(0, 10).withSource("jazeera")))).containsExactly(c, a);
        assertThat(ids(store.list(ArticleQuery.latest(0, 10).withTag("ukraine")))).containsExactly(b, a);
        assertThat(ids(store.list(ArticleQuery.latest(0, 10).withTag("ukraine").withSource("jazeera"))))
                .containsExactly(a);
        assertThat(ids(store.list(new ArticleQuery(null, null, 7L, 0, 10)))).containsExactly(c, a);
        assertThat(store.list(ArticleQuery.latest(0, 10).withTag("nothing")).total()).isZero();
        assertThat(store.list(ArticleQuery.latest(0, 1).withTag("ukraine")).total()).isEqualTo(2);
    }

    @Test
    void duplicatesAreHiddenFromListsButCountedAndGroupable() {
        long canon = store.insert(draft("https://a.example/c", "s1", T0, tag("t"))).id();
        long dup1 = store.insert(draft("https://b.example/d1", "s2", T0.plusSeconds(10), tag("t"))).id();
        long dup2 = store.insert(draft("https://c.example/d2", "s3", T0.plusSeconds(20), tag("t"))).id();
        long other = store.insert(draft("https://a.example/o", "s1", T0.minusSeconds(10))).id();
        store.setDuplicateOf(dup1, canon);
        store.setDuplicateOf(dup2, canon);

        assertThat(ids(store.list(ArticleQuery.latest(0, 10)))).containsExactly(canon, other);
        assertThat(store.list(ArticleQuery.latest(0, 10)).total()).isEqualTo(2);
        assertThat(ids(store.list(ArticleQuery.latest(0, 10).withTag("t")))).containsExactly(canon);
        assertThat(ids(store.list(ArticleQuery.latest(0, 10).withSource("s2")))).isEmpty();
        assertThat(store.countAll()).isEqualTo(4);
        assertThat(store.get(dup1).orElseThrow().duplicateOf()).isEqualTo(canon);

        List<Article> group = store.duplicateGroup(canon);
        assertThat(group).extracting(Article::id).first().isEqualTo(canon);
        assertThat(group).extracting(Article::id).containsExactlyInAnyOrder(canon, dup1, dup2);
        assertThat(store.duplicateGroup(other)).extracting(Article::id).containsExactly(other);
        assertThat(store.duplicateGroup(999_999)).isEmpty();

        store.setDuplicateOf(dup1, null);
        assertThat(ids(store.list(ArticleQuery.latest(0, 10)))).containsExactly(dup1, canon, other);
        assertThat(store.duplicateGroup(canon)).extracting(Article::id).containsExactlyInAnyOrder(canon, dup2);
    }

    @Test
    void duplicatesOfListsTheCopiesOfSeveralArticlesOldestFirst() {
        long a = store.insert(draft("https://a.example/a", "s1", T0)).id();
        long b = store.insert(draft("https://a.example/b", "s1", T0)).id();
        long lone = store.insert(draft("https://a.example/lone", "s1", T0)).id();
        long a2 = store.insert(draft("https://b.example/a2", "s2", T0.plusSeconds(300))).id();
        long a1 = store.insert(draft("https://c.example/a1", "s3", T0.plusSeconds(60))).id();
        long b1 = store.insert(draft("https://c.example/b1", "s3", T0.plusSeconds(120))).id();
        long undated = store.insert(draft("https://d.example/a3", "s4", null)).id();
        for (long copy : List.of(a1, a2, undated)) store.setDuplicateOf(copy, a);
        store.setDuplicateOf(b1, b);

        assertThat(store.duplicatesOf(List.of(a, b))).extracting(Article::id).containsExactly(a1, b1, a2, undated);
        assertThat(store.duplicatesOf(List.of(b, b))).extracting(Article::id).containsExactly(b1);
        assertThat(store.duplicatesOf(List.of(lone, 999_999L))).isEmpty();
        assertThat(store.duplicatesOf(List.of())).isEmpty();
    }

    @Test
    void duplicateOfMustNameAnExistingOtherArticle() {
        long a = store.insert(draft("https://a.example/1", "s", T0)).id();
        assertThatThrownBy(() -> store.setDuplicateOf(a, a)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.setDuplicateOf(a, 424242L)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.get(a).orElseThrow().duplicateOf()).isNull();
    }

    @Test
    void batchAfterWalksAllArticlesAscending() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) ids.add(store.insert(draft("https://a.example/" + i, "s", T0)).id());
        store.setDuplicateOf(ids.get(3), ids.get(0));
        List<Long> seen = new ArrayList<>();
        long after = 0;
        List<Article> batch;
        while (!(batch = store.batchAfter(after, 3)).isEmpty()) {
            batch.forEach(a -> seen.add(a.id()));
            after = batch.get(batch.size() - 1).id();
        }
        assertThat(seen).isEqualTo(ids); // duplicates included: re-analysis and reindexing see everything
        assertThat(store.batchAfter(ids.get(6), 10)).isEmpty();
    }

    // ---- tags -----------------------------------------------------------------------------------------------------

    @Test
    void replaceTagsReplacesKeepsOrderAndMovesTagPages() {
        long id = store.insert(draft("https://a.example/1", "s", T0, tag("old1"), tag("old2"))).id();
        List<Tag> fresh = List.of(new Tag("n2", "ثاني", 0.5), new Tag("n1", "أول", 0.9), new Tag("n3", "ثالث", 0.1));
        store.replaceTags(id, fresh);
        assertThat(store.get(id).orElseThrow().tags()).isEqualTo(fresh);
        assertThat(store.list(ArticleQuery.latest(0, 10).withTag("old1")).total()).isZero();
        assertThat(ids(store.list(ArticleQuery.latest(0, 10).withTag("n3")))).containsExactly(id);

        store.replaceTags(id, List.of());
        assertThat(store.get(id).orElseThrow().tags()).isEmpty();
        store.replaceTags(999_999, fresh); // unknown article: nothing to tag, no error
        assertThat(store.list(ArticleQuery.latest(0, 10).withTag("n1")).total()).isZero();
    }

    @Test
    void idsTaggedFindsEveryCarrierCopiesAndWithdrawnOnesIncluded() {
        long a = store.insert(draft("https://a.example/1", "s", T0, tag("k"), tag("other"))).id();
        long copy = store.insert(draft("https://b.example/1", "s", T0.plusSeconds(60), tag("k"))).id();
        long gone = store.insert(draft("https://c.example/1", "s", T0.plusSeconds(120), tag("k"))).id();
        store.insert(draft("https://d.example/1", "s", T0, tag("other")));
        store.setDuplicateOf(copy, a);
        store.withdraw(gone, T0.plusSeconds(180), "takedown");

        assertThat(store.idsTagged("k")).containsExactly(a, copy, gone);
        assertThat(store.list(ArticleQuery.latest(0, 10).withTag("k")).total()).as("the tag page").isEqualTo(1);
        assertThat(store.idsTagged("none")).isEmpty();
    }

    @Test
    void aTagKeyRepeatedInOneArticleListsItOnce() {
        long id = store.insert(draft("https://a.example/1", "s", T0,
                new Tag("k", "أ", 0.9), new Tag("k", "ب", 0.5))).id();
        Page<Article> page = store.list(ArticleQuery.latest(0, 10).withTag("k"));
        assertThat(page.total()).isEqualTo(1);
        assertThat(ids(page)).containsExactly(id);
        assertThat(store.get(id).orElseThrow().tags()).extracting(Tag::label).containsExactly("أ");
    }

    // ---- sources --------------------------------------------------------------------------------------------------

    @Test
    void sourcesUpsertAndListById() {
        store.upsertSource(new Source("jazeera", "الجزيرة", "https://aljazeera.net"));
        store.upsertSource(new Source("arabiya", "العربية", null));
        store.upsertSource(new Source("jazeera", "الجزيرة نت", "https://www.aljazeera.net"));
        assertThat(store.source("jazeera")).contains(new Source("jazeera", "الجزيرة نت", "https://www.aljazeera.net"));
        assertThat(store.source("none")).isEmpty();
        assertThat(store.sources()).extracting(Source::id).containsExactly("arabiya", "jazeera");
    }

    // ---- concurrency ----------------------------------------------------------------------------------------------

    @Test
    void concurrentInsertsOfOverlappingUrlsNeverDuplicate() throws Exception {
        int threads = 6;
        int urls = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<InsertResult>>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int shift = t * 17;
                jobs.add(() -> {
                    List<InsertResult> out = new ArrayList<>();
                    for (int i = 0; i < urls; i++) {
                        int n = (i + shift) % urls;
                        out.add(store.insert(draft("https://a.example/" + n, "s", T0, tag("k" + n))));
                    }
                    return out;
                });
            }
            Map<Long, Integer> created = new java.util.HashMap<>();
            Set<Long> allIds = new HashSet<>();
            for (Future<List<InsertResult>> f : pool.invokeAll(jobs)) {
                for (InsertResult r : f.get()) {
                    allIds.add(r.id());
                    if (r.inserted()) created.merge(r.id(), 1, Integer::sum);
                }
            }
            assertThat(store.countAll()).isEqualTo(urls);
            assertThat(allIds).hasSize(urls);
            assertThat(created).hasSize(urls).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
            for (int n = 0; n < urls; n += 37) {
                assertThat(store.list(ArticleQuery.latest(0, 10).withTag("k" + n)).total()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoInstancesOnOneDatabaseShareArticles() {
        try (Backend second = openBackend()) {
            long id = store.insert(draft("https://a.example/1", "s", T0)).id();
            InsertResult again = second.store().insert(draft("https://a.example/1", "s", T0));
            assertThat(again).isEqualTo(InsertResult.existing(id));
            long other = second.store().insert(draft("https://a.example/2", "s", T0)).id();
            assertThat(store.get(other)).isPresent();
        }
    }

    // ---- corpus stats ---------------------------------------------------------------------------------------------

    @Test
    void corpusStatsCountDocumentsAndFrequencies() {
        CorpusStats stats = backend.corpusStats();
        assertThat(stats.documentCount()).isZero();
        assertThat(stats.documentFrequencies(List.of("x"))).containsEntry("x", 0L);
        stats.addDocument(List.of("a", "b"));
        stats.addDocument(List.of("a", "c"));
        stats.addDocument(Set.of());
        // visible at once to the same instance, flushed or not
        assertThat(stats.documentCount()).isEqualTo(3);
        assertThat(stats.documentFrequencies(List.of("a", "b", "c", "zz")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", 2L, "b", 1L, "c", 1L, "zz", 0L));
        stats.flush();
        stats.addDocument(List.of("a"));
        assertThat(stats.documentFrequencies(List.of("a"))).containsEntry("a", 3L);
        assertThat(stats.documentCount()).isEqualTo(4);
    }

    @Test
    void corpusStatsAreDurableAfterFlush() {
        CorpusStats stats = backend.corpusStats();
        stats.addDocument(List.of("ا", "ب"));
        stats.addDocument(List.of("ا"));
        stats.flush();
        try (Backend other = openBackend()) {
            assertThat(other.corpusStats().documentCount()).isEqualTo(2);
            assertThat(other.corpusStats().documentFrequencies(List.of("ا", "ب")))
                    .isEqualTo(Map.of("ا", 2L, "ب", 1L));
        }
    }

    @Test
    void theLastFullRetagIsRecordedAndSharedWithOtherProcesses() {
        CorpusStats stats = backend.corpusStats();
        assertThat(stats.retaggedAt()).as("never retagged").isZero();
        assertThat(stats.retaggedWith()).as("by no tagger").isZero();
        stats.setRetagged(1_200, 7);
        stats.setRetagged(2_500, -8_070_450_532_247_928_832L); // a later retag replaces both marks; any 64-bit version
        assertThat(stats.retaggedAt()).isEqualTo(2_500);
        assertThat(stats.retaggedWith()).isEqualTo(-8_070_450_532_247_928_832L);
        try (Backend other = openBackend()) {
            assertThat(other.corpusStats().retaggedAt()).isEqualTo(2_500);
            assertThat(other.corpusStats().retaggedWith()).isEqualTo(-8_070_450_532_247_928_832L);
        }
        assertThat(stats.documentCount()).as("the mark is not a document").isZero();
        assertThatThrownBy(() -> stats.setRetagged(-1, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * What a reader may do with {@link CorpusStats#documentsSince}: frequencies it read at a count, plus one per listed
     * key, are the frequencies now, also when another instance counted documents in between. A backend that cannot
     * tell says nothing.
     */
    @Test
    void documentsSinceBringsEarlierReadsUpToDateExactly() throws Exception {
        List<String> keys = List.of("alpha", "beta", "gamma", "delta");
        try (Backend other = openBackend()) {
            CorpusStats stats = backend.corpusStats();
            stats.addDocument(List.of("alpha", "beta"));
            long at = stats.documentCount();
            Map<String, Long> read = stats.documentFrequencies(keys);
            stats.addDocument(List.of("alpha", "gamma"));
            stats.addDocument(List.of("alpha"));
            assertUpToDate(stats, at, read, keys);
            other.corpusStats().addDocument(List.of("alpha", "delta"));
            other.corpusStats().flush();
            stats.addDocument(List.of("beta"));
            stats.flush(); // our count now takes in the other instance's document too
            assertUpToDate(stats, at, read, keys);
        }
    }

    private static void assertUpToDate(CorpusStats stats, long at, Map<String, Long> read, List<String> keys) {
        Map<String, Long> now = stats.documentFrequencies(keys);
        stats.documentsSince(at).ifPresent(docs -> {
            Map<String, Long> brought = new java.util.HashMap<>(read);
            for (java.util.Collection<String> doc : docs) for (String k : doc) brought.computeIfPresent(k, (x, v) -> v + 1);
            assertThat(brought).isEqualTo(now);
            assertThat(docs).hasSize((int) (stats.documentCount() - at));
        });
    }

    @Test
    void corpusStatsIncrementsFromTwoInstancesAddUp() throws Exception {
        try (Backend other = openBackend()) {
            CorpusStats s1 = backend.corpusStats();
            CorpusStats s2 = other.corpusStats();
            // both read "shared" before either writes, so a read-modify-write design would lose counts
            assertThat(s1.documentFrequencies(List.of("shared"))).containsEntry("shared", 0L);
            assertThat(s2.documentFrequencies(List.of("shared"))).containsEntry("shared", 0L);
            Thread t1 = new Thread(() -> {
                for (int i = 0; i < 500; i++) s1.addDocument(List.of("shared", "one" + (i % 10)));
                s1.flush();
            });
            Thread t2 = new Thread(() -> {
                for (int i = 0; i < 300; i++) s2.addDocument(List.of("shared", "two"));
                s2.flush();
            });
            t1.start();
            t2.start();
            t1.join();
            t2.join();
            try (Backend third = openBackend()) {
                CorpusStats fresh = third.corpusStats();
                assertThat(fresh.documentCount()).isEqualTo(800);
                assertThat(fresh.documentFrequencies(List.of("shared", "two", "one3")))
                        .isEqualTo(Map.of("shared", 800L, "two", 300L, "one3", 50L));
            }
            // each instance sees at least its own increments, and the shared document count after its flush
            assertThat(s1.documentFrequencies(List.of("shared")).get("shared")).isGreaterThanOrEqualTo(500L);
            assertThat(s2.documentFrequencies(List.of("shared")).get("shared")).isGreaterThanOrEqualTo(300L);
        }
    }

    @Test
    void corpusStatsCountDistinctKeysInLargeDocuments() {
        CorpusStats stats = backend.corpusStats();
        List<String> keys = IntStream.range(0, 3_000).mapToObj(i -> "k" + i).toList();
        stats.addDocument(keys);
        stats.addDocument(keys.subList(0, 1_000));
        stats.flush();
        Map<String, Long> df = stats.documentFrequencies(keys);
        assertThat(df).hasSize(3_000);
        assertThat(df.get("k0")).isEqualTo(2L);
        assertThat(df.get("k999")).isEqualTo(2L);
        assertThat(df.get("k1000")).isEqualTo(1L);
        assertThat(df.get("k2999")).isEqualTo(1L);
        // a fresh instance has none of them in memory: it reads all 3,000 from the table, more than one IN list
        try (Backend other = openBackend()) {
            Map<String, Long> stored = other.corpusStats().documentFrequencies(keys);
            assertThat(stored).isEqualTo(df);
        }
    }

    @Test
    void popularTagsCountCanonicalArticlesOfTheSpanWithTheirMostFrequentLabel() {
        Tag nato = new Tag("ناتو", "الناتو", 1), natoBare = new Tag("ناتو", "ناتو", 0.5);
        Tag kyiv = new Tag("كييف", "كييف", 1), oil = new Tag("نفط", "النفط", 1), gaza = new Tag("غزه", "غزة", 1);
        Instant since = T0.plusSeconds(3600);
        store.insert(draft("https://a.example/1", "s", since, nato, kyiv));
        store.insert(draft("https://a.example/2", "s", since.plusSeconds(60), natoBare, oil));
        store.insert(draft("https://a.example/3", "s", since.plusSeconds(120), nato, kyiv));
        store.insert(draft("https://a.example/4", "s", since.plusSeconds(180), gaza));
        long copy = store.insert(draft("https://a.example/5", "s", since.plusSeconds(240), gaza)).id();
        long original = store.byUrl("https://a.example/4").orElseThrow().id();
        store.setDuplicateOf(copy, original);
        store.insert(draft("https://a.example/6", "s", T0, oil, oil)); // before the span
        store.insert(draft("https://a.example/7", "s", null, oil)); // undated

        assertThat(store.popularTags(since, 10)).containsExactly(
                new TagCount("ناتو", "الناتو", 3), // two of three articles write "الناتو"
                new TagCount("كييف", "كييف", 2),
                new TagCount("غزه", "غزة", 1), // a copy is not counted again
                new TagCount("نفط", "النفط", 1)); // equal counts: by key
        assertThat(store.popularTags(since, 2)).extracting(TagCount::key).containsExactly("ناتو", "كييف");
        assertThat(store.popularTags(T0.plusSeconds(86_400), 10)).isEmpty();
        assertThat(store.popularTags(since, 0)).isEmpty();
    }

    // ---- related cache --------------------------------------------------------------------------------------------

    @Test
    void relatedListsRoundTripAndReplace() {
        RelatedCache cache = backend.relatedCache();
        long a = store.insert(draft("https://a.example/1", "s", T0)).id();
        long b = store.insert(draft("https://a.example/2", "s", T0)).id();
        long c = store.insert(draft("https://a.example/3", "s", T0)).id();
        assertThat(cache.related(a)).isEmpty();

        Instant at = Instant.parse("2024-03-02T00:00:00Z");
        Related r = new Related(b, List.of(new RelatedItem(c, 0.75, List.of("أوكرانيا", "روسيا")),
                new RelatedItem(b, 0.5, List.of())), at, false);
        cache.putRelated(a, r);
        assertThat(cache.related(a)).contains(r);

        Related noReadAlso = new Related(null, List.of(), at.plusSeconds(1), false);
        cache.putRelated(a, noReadAlso);
        assertThat(cache.related(a)).contains(noReadAlso);
    }

    @Test
    void staleOrMissingListsStaleAndUncomputedCanonicalArticlesOldestFirst() throws Exception {
        RelatedCache cache = backend.relatedCache();
        long a = store.insert(draft("https://a.example/1", "s", T0).withIngested(T0)).id();
        long b = store.insert(draft("https://a.example/2", "s", T0).withIngested(T0.plusSeconds(1))).id();
        long c = store.insert(draft("https://a.example/3", "s", T0).withIngested(T0.plusSeconds(2))).id();
        long dup = store.insert(draft("https://a.example/4", "s", T0).withIngested(T0.plusSeconds(3))).id();
        store.setDuplicateOf(dup, a);

        // nothing computed yet: every canonical article is missing, oldest first; duplicates never listed
        assertThat(cache.staleOrMissing(10)).containsExactly(a, b, c);
        assertThat(cache.staleOrMissing(2)).containsExactly(a, b);

        Related fresh = new Related(null, List.of(new RelatedItem(b, 1.0, List.of("x"))), Instant.now(), false);
        cache.putRelated(a, fresh);
        cache.putRelated(b, fresh);
        cache.putRelated(c, fresh);
        assertThat(cache.staleOrMissing(10)).isEmpty();

        cache.markStale(List.of(c, 424242L));
        Thread.sleep(5);
        cache.markStale(List.of(a));
        Thread.sleep(5);
        cache.markStale(List.of(c)); // already stale: keeps its place in the queue
        assertThat(cache.staleOrMissing(10)).containsExactly(c, a);
        assertThat(cache.related(c).orElseThrow().stale()).isTrue();
        assertThat(cache.related(c).orElseThrow().similar()).isEqualTo(fresh.similar());
        assertThat(cache.related(b).orElseThrow().stale()).isFalse();

        cache.putRelated(c, fresh); // recomputed: no longer stale
        assertThat(cache.staleOrMissing(10)).containsExactly(a);
        cache.markStale(List.of());
        assertThat(cache.staleOrMissing(0)).isEmpty();
    }

    @Test
    void listsMadeUnderOtherListRulesTurnStaleOnceWhenTheRulesChange() throws Exception {
        RelatedCache cache = backend.relatedCache();
        long a = store.insert(draft("https://a.example/1", "s", T0).withIngested(T0)).id();
        long b = store.insert(draft("https://a.example/2", "s", T0).withIngested(T0.plusSeconds(1))).id();
        Related fresh = new Related(null, List.of(new RelatedItem(b, 1.0, List.of("x"))), Instant.now(), false);
        cache.putRelated(a, fresh);
        cache.putRelated(b, fresh);
        cache.markStale(List.of(b));
        Thread.sleep(5);

        // lists cached before any rules were recorded are of unknown rules: only the fresh one is newly marked
        assertThat(cache.adoptRules(11)).isEqualTo(1);
        assertThat(cache.staleOrMissing(10)).containsExactly(b, a); // b keeps its earlier place in the queue
        assertThat(cache.related(a).orElseThrow().similar()).as("shown until recomputed").isEqualTo(fresh.similar());

        cache.putRelated(a, fresh);
        cache.putRelated(b, fresh);
        assertThat(cache.adoptRules(11)).as("same rules: nothing to redo").isZero();
        assertThat(cache.staleOrMissing(10)).isEmpty();
        assertThat(cache.adoptRules(12)).isEqualTo(2);
        assertThat(cache.staleOrMissing(10)).containsExactlyInAnyOrder(a, b);
        assertThat(cache.adoptRules(12)).isZero();
    }

    // ---- withdrawn articles ---------------------------------------------------------------------------------------

    @Test
    void aWithdrawnArticleLeavesEveryListButKeepsItsUrl() {
        long shown = store.insert(draft("https://ex.org/shown", "bbc", T0, tag("ناتو"))).id();
        long gone = store.insert(draft("https://ex.org/gone", "bbc", T0.plusSeconds(60), tag("ناتو"))).id();
        long copy = store.insert(draft("https://ex.org/copy", "cnn", T0.plusSeconds(120), tag("ناتو"))).id();
        store.setDuplicateOf(copy, shown);

        assertThat(store.withdraw(gone, T0.plusSeconds(3600), "حكم قضائي")).isTrue();

        assertThat(ids(store.list(ArticleQuery.latest(0, 10)))).containsExactly(shown);
        assertThat(store.list(ArticleQuery.latest(0, 10).withTag("ناتو")).total()).isEqualTo(1);
        assertThat(store.list(ArticleQuery.latest(0, 10).withSource("bbc")).total()).isEqualTo(1);
        assertThat(store.getAll(List.of(gone, shown))).extracting(Article::id).containsExactly(shown);
        assertThat(store.batchAfter(0, 10)).extracting(Article::id).containsExactly(shown, copy);
        assertThat(store.popularTags(T0.minusSeconds(1), 5)).extracting(TagCount::articles).containsExactly(1L);
        assertThat(store.get(gone)).isPresent();
        assertThat(store.byUrl("https://ex.org/gone")).isPresent();
        assertThat(store.insert(draft("https://ex.org/gone", "bbc", T0)).inserted()).isFalse();
        assertThat(store.withdrawal(gone)).contains(new ArticleStore.Withdrawal(gone, T0.plusSeconds(3600), "حكم قضائي"));
        assertThat(store.withdrawal(shown)).isEmpty();

        assertThat(store.withdraw(copy, T0.plusSeconds(7200), null)).isTrue();
        assertThat(store.duplicateGroup(shown)).extracting(Article::id).containsExactly(shown);
        assertThat(store.duplicatesOf(List.of(shown))).isEmpty();
        assertThat(store.withdrawals(0, 10)).extracting(ArticleStore.Withdrawal::articleId).containsExactly(copy, gone);
    }

    @Test
    void aRestoredArticleIsListedAgainAndWithdrawingTwiceKeepsTheFirstReason() {
        long id = store.insert(draft("https://ex.org/a", "bbc", T0, tag("ناتو"))).id();
        assertThat(store.withdraw(id, T0, "أول")).isTrue();
        assertThat(store.withdraw(id, T0.plusSeconds(5), "ثان")).isTrue();
        assertThat(store.withdrawal(id)).map(ArticleStore.Withdrawal::reason).contains("أول");

        assertThat(store.restore(id)).isTrue();
        assertThat(store.restore(id)).isFalse();
        assertThat(ids(store.list(ArticleQuery.latest(0, 10)))).containsExactly(id);
        assertThat(store.withdrawals(0, 10)).isEmpty();
        assertThat(store.withdraw(999_999, T0, "لا وجود له")).isFalse();
    }

    private static List<Long> ids(Page<Article> page) {
        return page.items().stream().map(Article::id).toList();
    }
}
