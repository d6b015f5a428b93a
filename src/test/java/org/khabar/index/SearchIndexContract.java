package org.khabar.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khabar.core.Article;
import org.khabar.core.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What every {@link SearchIndex} backend must do. Assertions are about which articles come back, in which order
 * where the order is defined (newest first for filter-only listing; the clearly best match first), never about
 * a particular engine's score values.
 */
public abstract class SearchIndexContract {

    /** Opens the backend on this test's (fresh, empty) storage; called again after {@link #closeIndex()}. */
    protected abstract SearchIndex openIndex() throws Exception;

    protected SearchIndex index;

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    @BeforeEach
    void open() throws Exception {
        index = openIndex();
    }

    @AfterEach
    protected void closeIndex() {
        if (index != null) index.close();
        index = null;
    }

    protected static Article article(long id, String source, int minutes, String title, String body, String... tags) {
        List<Tag> tagList = new ArrayList<>();
        for (String t : tags) tagList.add(new Tag(t.replace(' ', '_'), t, 1.0));
        return new Article(id, "https://news.example/" + id, source, null, title,
                minutes < 0 ? null : T0.plusSeconds(minutes * 60L), null, null, body, null, tagList, T0, null, null);
    }

    /** A small Arabic corpus: three topics with several articles each, and a few loners. */
    protected void indexCorpus() {
        index.index(article(1, "jazeera", 10, "القوات الروسية تتقدم في شرق أوكرانيا",
                "قالت وزارة الدفاع الأوكرانية إن القوات الروسية شنت هجوما واسعا على مدن في شرق أوكرانيا.\n"
                        + "وأضافت أن الدفاعات الجوية أسقطت عددا من الصواريخ فوق العاصمة كييف.", "أوكرانيا", "روسيا"));
        index.index(article(2, "arabiya", 20, "كييف تطلب مزيدا من الدعم العسكري",
                "طالب الرئيس الأوكراني الدول الغربية بتزويد بلاده بمزيد من أنظمة الدفاع الجوي لمواجهة الصواريخ الروسية.\n"
                        + "وتشهد الجبهة الشرقية في اوكرانيا معارك عنيفة منذ أسابيع.", "أوكرانيا", "كييف"));
        index.index(article(3, "bbc", 30, "وأوكرانيا تستعد لشتاء صعب",
                "تستعد وأوكرانيا لشتاء قاس بعد استهداف محطات الكهرباء بالصواريخ والطائرات المسيرة الروسية.", "أوكرانيا"));
        index.index(article(4, "jazeera", 40, "ارتفاع أسعار النفط في الأسواق العالمية",
                "ارتفعت أسعار النفط الخام اليوم بعد قرار منظمة أوبك خفض الإنتاج.\n"
                        + "وقال محللون إن أسواق الطاقة تترقب بيانات المخزونات الأمريكية.", "النفط", "أوبك"));
        index.index(article(5, "arabiya", 50, "أوبك تقرر خفض إنتاج النفط",
                "قررت منظمة البلدان المصدرة للنفط أوبك خفض إنتاجها من الخام لدعم الأسعار في الأسواق.", "النفط", "أوبك"));
        index.index(article(6, "bbc", 60, "منتخب المغرب يفوز في كأس العالم",
                "حقق منتخب المغرب لكرة القدم فوزا تاريخيا في بطولة كأس العالم وتأهل إلى الدور التالي.", "كرة القدم"));
        index.index(article(7, "cnn", 70, "مهرجان للسينما العربية في القاهرة",
                "افتتح في القاهرة مهرجان السينما العربية بمشاركة أفلام من عشرين دولة.", "السينما"));
        index.index(article(8, "cnn", -1, "تقرير عن الطاقة المتجددة",
                "تتوسع الدول العربية في مشاريع الطاقة الشمسية وطاقة الرياح.", "الطاقة"));
        index.commit();
    }

    protected static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::articleId).toList();
    }

    protected static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::articleId).toList();
    }

    // ---- basics ---------------------------------------------------------------------------------------------------

    @Test
    void emptyIndex() {
        assertThat(index.count()).isZero();
        assertThat(index.maxArticleId()).isZero();
        assertThat(index.search(SearchQuery.text("أوكرانيا", 0, 10)).hits()).isEmpty();
        assertThat(index.search(SearchQuery.text("", 0, 10)).total()).isZero();
        assertThat(index.moreLikeThis(1, 5, List.of())).isEmpty();
    }

    @Test
    void countAndMaxArticleId() {
        indexCorpus();
        assertThat(index.count()).isEqualTo(8);
        assertThat(index.maxArticleId()).isEqualTo(8);
        index.index(article(120, "bbc", 5, "خبر", "نص"));
        index.index(article(15, "bbc", 5, "خبر", "نص"));
        index.commit();
        assertThat(index.maxArticleId()).isEqualTo(120);
        assertThat(index.count()).isEqualTo(10);
    }

    @Test
    void appliesWritesInTheirOrderAndRemovingAMissingArticleIsNoFailure() {
        index.apply(List.of(
                new IndexWrite.Put(article(1, "bbc", 5, "خبر أول", "نص عن النفط")),
                new IndexWrite.Put(article(2, "bbc", 6, "خبر ثان", "نص عن النفط")),
                new IndexWrite.Remove(1),
                new IndexWrite.Put(article(3, "cnn", 7, "خبر ثالث", "نص عن النفط")),
                new IndexWrite.Put(article(2, "bbc", 6, "خبر ثان معدل", "نص عن الطاقة")),
                new IndexWrite.Remove(99)));
        index.apply(List.of());
        index.commit();
        assertThat(index.count()).isEqualTo(2);
        assertThat(new HashSet<>(ids(index.search(SearchQuery.text("النفط", 0, 10))))).isEqualTo(Set.of(3L));
        assertThat(ids(index.search(SearchQuery.text("معدل", 0, 10)))).containsExactly(2L);
    }

    @Test
    void newestFirstRanksMatchesByPublicationWhereRelevanceRanksThemOtherwise() {
        index.index(article(1, "bbc", 10, "الزلزال الزلزال يضرب المدينة", "الزلزال دمر المدينة. الزلزال الأقوى منذ قرن."));
        index.index(article(2, "cnn", 90, "حصيلة جديدة", "ارتفعت الحصيلة بعد الزلزال إلى مئة."));
        index.index(article(3, "bbc", -1, "أرشيف", "تقرير قديم بلا تاريخ عن الزلزال."));
        index.commit();
        SearchQuery q = SearchQuery.text("الزلزال", 0, 10);
        assertThat(ids(index.search(q)).get(0)).as("best match first").isEqualTo(1L);
        SearchResults newest = index.search(q.orderedBy(SearchQuery.Order.NEWEST));
        assertThat(ids(newest)).as("latest published first, undated last").containsExactly(2L, 1L, 3L);
        assertThat(newest.total()).isEqualTo(3);
        assertThat(ids(index.search(q.orderedBy(SearchQuery.Order.NEWEST).fromSource("bbc")))).containsExactly(1L, 3L);
        assertThat(ids(index.search(new SearchQuery("الزلزال", null, "bbc", 1, 1, SearchQuery.Order.NEWEST))))
                .as("a page of the sorted hits").containsExactly(3L);
    }

    @Test
    void anOutletFilterKeepsARelevanceSearchToThatOutlet() {
        indexCorpus();
        SearchQuery q = SearchQuery.text("أوكرانيا", 0, 10);
        assertThat(ids(index.search(q.fromSource("arabiya")))).containsExactly(2L);
        assertThat(index.search(q.fromSource("arabiya")).total()).isEqualTo(1);
        assertThat(index.search(q.fromSource("no-such-outlet")).total()).isZero();
    }

    @Test
    void arabicSearchFindsInflectedAndUnnormalizedForms() {
        indexCorpus();
        Set<Long> expected = Set.of(1L, 2L, 3L);
        for (String q : List.of("أوكرانيا", "اوكرانيا", "وأوكرانيا")) {
            SearchResults r = index.search(SearchQuery.text(q, 0, 10));
            assertThat(new HashSet<>(ids(r))).as(q).isEqualTo(expected);
            assertThat(r.total()).as(q).isEqualTo(3);
        }
    }

    @Test
    void multiWordQueryPrefersArticlesMatchingAllWords() {
        indexCorpus();
        SearchResults r = index.search(SearchQuery.text("خفض إنتاج النفط", 0, 10));
        assertThat(ids(r)).isNotEmpty();
        assertThat(ids(r).subList(0, 2)).containsExactlyInAnyOrder(4L, 5L);
        assertThat(ids(r)).doesNotContain(6L, 7L);
    }

    @Test
    void titleMatchesRankAboveBodyOnlyMatches() {
        index.index(article(1, "s", 0, "تقرير اقتصادي", "تحدث الوزير عن المغرب في كلمته أمس."));
        index.index(article(2, "s", 0, "المغرب يستضيف القمة", "انطلقت اليوم أعمال القمة."));
        index.commit();
        assertThat(ids(index.search(SearchQuery.text("المغرب", 0, 10)))).containsExactly(2L, 1L);
    }

    @Test
    void filtersByTagAndSource() {
        indexCorpus();
        assertThat(new HashSet<>(ids(index.search(new SearchQuery("الصواريخ", "أوكرانيا", null, 0, 10)))))
                .isEqualTo(Set.of(1L, 2L, 3L));
        assertThat(ids(index.search(new SearchQuery("الصواريخ", "أوكرانيا", "jazeera", 0, 10)))).containsExactly(1L);
        assertThat(ids(index.search(new SearchQuery("النفط", "أوكرانيا", null, 0, 10)))).isEmpty();
    }

    @Test
    void blankTextWithFiltersListsNewestFirst() {
        indexCorpus();
        SearchResults bySource = index.search(new SearchQuery("  ", null, "jazeera", 0, 10));
        assertThat(ids(bySource)).containsExactly(4L, 1L);
        assertThat(bySource.total()).isEqualTo(2);
        assertThat(ids(index.search(new SearchQuery("", "أوكرانيا", null, 0, 10)))).containsExactly(3L, 2L, 1L);
        // no filter at all: everything, newest first, undated last
        assertThat(ids(index.search(SearchQuery.text("", 0, 10)))).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L, 8L);
    }

    @Test
    void pagingKeepsTheTotal() {
        indexCorpus();
        SearchResults p1 = index.search(new SearchQuery("", null, null, 0, 3));
        SearchResults p2 = index.search(new SearchQuery("", null, null, 3, 3));
        SearchResults p3 = index.search(new SearchQuery("", null, null, 6, 3));
        SearchResults beyond = index.search(new SearchQuery("", null, null, 30, 3));
        assertThat(List.of(p1.total(), p2.total(), p3.total(), beyond.total())).containsOnly(8L);
        List<Long> all = new ArrayList<>(ids(p1));
        all.addAll(ids(p2));
        all.addAll(ids(p3));
        assertThat(all).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L, 8L);
        assertThat(beyond.hits()).isEmpty();

        SearchResults text = index.search(SearchQuery.text("أوكرانيا", 1, 1));
        assertThat(text.total()).isEqualTo(3);
        assertThat(text.hits()).hasSize(1);
        assertThat(index.search(SearchQuery.text("أوكرانيا", 0, 0)).total()).isEqualTo(3);

        SearchResults far = index.search(SearchQuery.text("أوكرانيا", Integer.MAX_VALUE - 5, 1000));
        assertThat(far.hits()).isEmpty();
        assertThat(far.total()).isEqualTo(3);
        assertThat(index.search(new SearchQuery("", null, null, Integer.MAX_VALUE, 1000)).total()).isEqualTo(8);
    }

    @Test
    void snippetsMarkMatchesAndComeFromTheText() {
        indexCorpus();
        SearchResults r = index.search(SearchQuery.text("النفط", 0, 10));
        assertThat(r.hits()).isNotEmpty();
        for (SearchHit hit : r.hits()) {
            String s = hit.snippet();
            assertThat(s).contains("\u0001").contains("\u0002");
            assertThat(s.length()).isLessThan(600);
            String marked = s.substring(s.indexOf('\u0001') + 1, s.indexOf('\u0002'));
            assertThat(marked).contains("نفط"); // النفط, للنفط, ...: a form of the query word
            assertThat(s.chars().filter(c -> c == 1).count()).isEqualTo(s.chars().filter(c -> c == 2).count());
        }
    }

    @Test
    void markerCharactersInTheTextNeverReachSnippetsAsMarkers() {
        index.index(article(1, "s", 0, "عنوان", "نص فيه \u0001علامات\u0002 مزورة عن النفط"));
        index.commit();
        String s = index.search(SearchQuery.text("النفط", 0, 10)).hits().get(0).snippet();
        assertThat(s.chars().filter(c -> c == 1).count()).isEqualTo(1);
        assertThat(s).contains("\u0001النفط\u0002");
    }

    @Test
    void filterOnlyListingHasPlainSnippets() {
        indexCorpus();
        SearchHit hit = index.search(new SearchQuery("", null, "cnn", 0, 1)).hits().get(0);
        assertThat(hit.snippet()).startsWith("افتتح في القاهرة").doesNotContain("\u0001");
    }

    @Test
    void hostileAndHugeQueriesNeverThrowAndReturnFast() {
        indexCorpus();
        for (String q : List.of("\"", "(", "AND OR NOT", "*", "?", "~~", "title:", "[1 TO", "\\", "+-!", "أوكرانيا\"",
                "ال", "في من على", "\u0000\u0001\u0002", "😀")) {
            assertThat(index.search(SearchQuery.text(q, 0, 10))).as(q).isNotNull();
        }
        StringBuilder big = new StringBuilder();
        // a pasted article paragraph with query-syntax debris: must still find the article it came from
        while (big.length() < 10_240) {
            big.append("قررت منظمة البلدان المصدرة للنفط (أوبك) خفض إنتاجها من الخام \"لدعم\" الأسعار AND title:* ");
        }
        SearchResults r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> index.search(SearchQuery.text(big.toString(), 0, 10)));
        assertThat(ids(r)).first().isEqualTo(5L);
    }

    // ---- updates --------------------------------------------------------------------------------------------------

    @Test
    void indexingAnExistingIdReplacesIt() {
        indexCorpus();
        index.index(article(7, "cnn", 70, "مهرجان للموسيقى في تونس", "افتتح في تونس مهرجان الموسيقى.", "الموسيقى"));
        index.commit();
        assertThat(index.count()).isEqualTo(8);
        assertThat(index.search(SearchQuery.text("السينما", 0, 10)).hits()).isEmpty();
        assertThat(ids(index.search(SearchQuery.text("الموسيقى", 0, 10)))).containsExactly(7L);
        assertThat(ids(index.search(new SearchQuery("", "الموسيقى", null, 0, 10)))).containsExactly(7L);
        assertThat(index.search(new SearchQuery("", "السينما", null, 0, 10)).hits()).isEmpty();
    }

    @Test
    void deleteAndClear() {
        indexCorpus();
        index.delete(5);
        index.delete(999);
        index.commit();
        assertThat(index.count()).isEqualTo(7);
        assertThat(ids(index.search(SearchQuery.text("أوبك", 0, 10)))).containsExactly(4L);
        index.clear();
        index.commit();
        assertThat(index.count()).isZero();
        assertThat(index.maxArticleId()).isZero();
        assertThat(index.search(SearchQuery.text("", 0, 10)).total()).isZero();
    }

    @Test
    void committedChangesSurviveReopening() throws Exception {
        indexCorpus();
        closeIndex();
        index = openIndex();
        assertThat(index.count()).isEqualTo(8);
        assertThat(index.maxArticleId()).isEqualTo(8);
        assertThat(new HashSet<>(ids(index.search(SearchQuery.text("اوكرانيا", 0, 10))))).isEqualTo(Set.of(1L, 2L, 3L));
    }

    // ---- more like this -------------------------------------------------------------------------------------------

    @Test
    void moreLikeThisFindsTheTopicalNeighbourFirstAndExcludesSelf() {
        indexCorpus();
        List<SearchHit> like4 = index.moreLikeThis(4, 5, List.of());
        assertThat(ids(like4)).doesNotContain(4L);
        assertThat(ids(like4)).first().isEqualTo(5L);

        List<SearchHit> like1 = index.moreLikeThis(1, 5, List.of());
        assertThat(ids(like1)).doesNotContain(1L);
        assertThat(ids(like1).subList(0, 2)).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void moreLikeThisHonoursExclusionsAndLimit() {
        indexCorpus();
        List<SearchHit> hits = index.moreLikeThis(1, 5, List.of(2L, 77L));
        assertThat(ids(hits)).doesNotContain(1L, 2L);
        assertThat(ids(hits)).first().isEqualTo(3L);
        assertThat(index.moreLikeThis(1, 1, List.of())).hasSize(1);
        assertThat(index.moreLikeThis(1, 0, List.of())).isEmpty();
        assertThat(index.moreLikeThis(12345, 5, List.of())).isEmpty();
    }

    @Test
    void moreLikeThisReadInStagesGivesPrefixesOfTheOneRead() {
        indexCorpus();
        for (int i = 0; i < 10; i++) {
            index.index(article(20 + i, "s" + i, 80 + i, "القوات الروسية تقصف مدن أوكرانيا " + i,
                    "شنت القوات الروسية هجوما بالصواريخ على مدن في شرق أوكرانيا والعاصمة كييف " + "يوم ".repeat(i)));
        }
        index.commit();
        List<SearchHit> all = index.moreLikeThis(1, 8, List.of(2L));
        assertThat(all).hasSize(8);
        try (MoreLikeThisHits hits = index.moreLikeThisHits(1, 8, List.of(2L))) {
            assertThat(hits.top(3)).isEqualTo(all.subList(0, 3));
            assertThat(hits.top(8)).isEqualTo(all);
            assertThat(hits.top(50)).as("never past the maximum").isEqualTo(all);
        }
        try (MoreLikeThisHits none = index.moreLikeThisHits(12345, 6, List.of())) {
            assertThat(none.top(6)).isEmpty();
        }
    }

    @Test
    void concurrentIndexingAndSearching() throws Exception {
        indexCorpus();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 3; t++) {
            int base = 100 + t * 100;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        index.index(article(base + i, "s", i, "خبر عن النفط " + i, "أسعار النفط والغاز " + i));
                        index.search(SearchQuery.text("النفط", 0, 5));
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        index.commit();
        assertThat(errors).isEmpty();
        assertThat(index.count()).isEqualTo(158);
        assertThat(index.search(SearchQuery.text("الغاز", 0, 1)).total()).isEqualTo(150);
    }
}
