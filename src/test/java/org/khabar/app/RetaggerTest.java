package org.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;
import org.khabar.store.RelatedCache.Related;

/** {@code khabar retag} on the embedded default (real SQLite file and Lucene index). */
class RetaggerTest {
    static final String BODY = "قال حلف شمال الأطلسي إن كييف ستتسلم الأسلحة. وأكد حلف شمال الأطلسي أن الخارجية "
            + "الروسية حذرت من الصراع، وأن كييف تطلب المزيد من الأسلحة من حلف شمال الأطلسي.";
    static final List<Tag> OLD = List.of(new Tag("قديم", "قديم", 1.0));

    @TempDir
    Path dir;
    Khabar khabar;
    List<Long> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        khabar = Backends.openEmbedded(dir.resolve("data"));
        for (long id : threeNatoArticles(khabar, OLD)) {
            ids.add(id);
            khabar.relatedCache().putRelated(id, new Related(null, List.of(), Instant.now(), false));
        }
    }

    /** Three stored articles on one topic, a second apart, carrying {@code tags}; their ids. */
    static List<Long> threeNatoArticles(Khabar khabar, List<Tag> tags) {
        khabar.store().upsertSource(new Source("bbc", "بي بي سي عربي", null));
        List<Long> stored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Article a = Article.draft("https://bbc.example/" + i, "bbc", null, "الناتو وكييف " + i,
                    Instant.parse("2018-02-18T06:00:00Z").plusSeconds(i), null, null, BODY + " " + i, null).withTags(tags);
            stored.add(khabar.store().insert(a).id());
        }
        return stored;
    }

    @AfterEach
    void close() {
        khabar.close();
    }

    @Test
    void retagReplacesOldTagsMarksTheirListsStaleAndIsStableWhenRunAgain() {
        assertThat(khabar.relatedCache().staleOrMissing(10)).isEmpty();
        long[] seen = {0};
        long changed = new Retagger(khabar).retagAll(n -> seen[0] += n).changed();
        assertThat(changed).isEqualTo(3);
        assertThat(seen[0]).isEqualTo(3);
        for (long id : ids) {
            List<String> labels = khabar.store().get(id).orElseThrow().tags().stream().map(Tag::label).toList();
            assertThat(labels).doesNotContain("قديم").contains("الناتو");
        }
        assertThat(khabar.relatedCache().staleOrMissing(10)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(new Retagger(khabar).retagAll(n -> { }).changed()).isZero();
    }

    private void countDocuments(long n) {
        for (long i = 0; i < n; i++) khabar.corpus().addDocument(List.of());
        khabar.corpus().flush();
    }

    @Test
    void aFullRetagRecordsTheDocumentCountItRanAgainst() {
        countDocuments(40);
        long documents = khabar.corpus().documentCount();
        Retagger.Result r = new Retagger(khabar).retagAll(n -> { });
        assertThat(r.complete()).isTrue();
        assertThat(r.articles()).isEqualTo(3);
        assertThat(r.documents()).isEqualTo(documents);
        assertThat(khabar.corpus().retaggedAt()).isEqualTo(documents);
        assertThat(khabar.corpus().retaggedWith()).isEqualTo(khabar.analysis().taggerVersion()).isNotZero();
        assertThat(r.describe()).contains("retagged 3 of 3 articles");
    }

    @Test
    void tagsStoredByAnEarlierTaggerAreRecomputedAfterAnUpgrade() {
        countDocuments(TagDrift.MIN_DOCUMENTS);
        long documents = khabar.corpus().documentCount();
        // the store was fully retagged at this very size, by the tagger of an earlier build
        khabar.corpus().setRetagged(documents, khabar.analysis().taggerVersion() + 1);
        Retagger retagger = new Retagger(khabar);
        assertThat(retagger.drift().describe()).contains("earlier version of the tagger");
        Retagger.Result r = retagger.retagIfDrifted(n -> { });
        assertThat(r).as("no growth, yet the tags are another tagger's").isNotNull();
        assertThat(khabar.store().get(ids.get(0)).orElseThrow().tags()).isNotEqualTo(OLD);
        assertThat(retagger.retagIfDrifted(n -> { })).as("now this tagger's own tags").isNull();
    }

    @Test
    void afterAnUpgradeEveryArticleIsIndexedAgainNotOnlyThoseWhoseTagsChanged() {
        countDocuments(TagDrift.MIN_DOCUMENTS);
        Retagger retagger = new Retagger(khabar);
        retagger.retagAll(n -> { }); // the three articles get this tagger's tags and are indexed
        khabar.index().clear(); // as if indexed by an earlier build's analysis: what it holds no longer counts
        khabar.index().commit();
        assertThat(khabar.index().count()).isZero();

        assertThat(retagger.retagAll(n -> { }).changed()).as("same tagger: nothing to redo").isZero();
        assertThat(khabar.index().count()).isZero();

        khabar.corpus().setRetagged(khabar.corpus().documentCount(), khabar.analysis().taggerVersion() + 1);
        Retagger.Result r = retagger.retagIfDrifted(n -> { });
        assertThat(r).isNotNull();
        assertThat(r.changed()).as("the tags are the same").isZero();
        assertThat(khabar.index().count()).as("yet every text is indexed by this analysis").isEqualTo(3);
    }

    @Test
    void retagsOnlyWhenTheCorpusHasDoubledSinceTheLastFullRetag() {
        Retagger retagger = new Retagger(khabar);
        assertThat(retagger.retagIfDrifted(n -> { })).as("corpus too small").isNull();
        assertThat(khabar.store().get(ids.get(0)).orElseThrow().tags()).isEqualTo(OLD);

        countDocuments(TagDrift.MIN_DOCUMENTS);
        Retagger.Result first = retagger.retagIfDrifted(n -> { });
        assertThat(first).isNotNull();
        assertThat(first.changed()).isEqualTo(3);
        assertThat(khabar.store().get(ids.get(0)).orElseThrow().tags()).isNotEqualTo(OLD);
        long at = khabar.corpus().retaggedAt();
        assertThat(at).isGreaterThanOrEqualTo(TagDrift.MIN_DOCUMENTS);

        countDocuments(at / 2); // grown by half: not yet
        assertThat(retagger.retagIfDrifted(n -> { })).isNull();
        countDocuments(at); // now more than doubled
        assertThat(retagger.retagIfDrifted(n -> { })).isNotNull();
        assertThat(khabar.corpus().retaggedAt()).isGreaterThanOrEqualTo(2 * at);
    }

    @Test
    void aStoppedRetagStopsAndIsNotRecordedAsFull() {
        Retagger retagger = new Retagger(khabar);
        retagger.stop(); // as a portal's shutdown stops its background retag
        Retagger.Result r = retagger.retagAll(n -> { });
        assertThat(r.complete()).isFalse();
        assertThat(r.articles()).isZero();
        assertThat(khabar.corpus().retaggedAt()).isZero();
        assertThat(khabar.store().get(ids.get(0)).orElseThrow().tags()).isEqualTo(OLD);
    }

    @Test
    void tagsKeptAreReportedPerTenthOfTheArticles() {
        Retagger.Result r = new Retagger(khabar).retagAll(n -> { });
        assertThat(r.keptByTenth()).hasSize(10);
        // every article's only old tag ("قديم") is gone: nothing kept where there were articles
        assertThat(r.keptByTenth()[0]).isZero();
    }
}
