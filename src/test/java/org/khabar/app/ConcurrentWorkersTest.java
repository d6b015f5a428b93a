package org.khabar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.analyze.KhabarAnalyzer;
import org.khabar.core.Article;
import org.khabar.index.lucene.LuceneIndex;
import org.khabar.store.postgres.PostgresConfig;
import org.khabar.store.postgres.PostgresTestSchemas;
import org.khabar.testing.FixtureCorpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two workers (each with its own connection pool, as two processes have) ingest into one PostgreSQL. For every
 * wire story, both receive copies at the same moment (a barrier releases them together), four copies per event in
 * two rounds: dedup and story assignment must still give one duplicate group with one canonical, and one story.
 */
@Tag("distributed")
class ConcurrentWorkersTest {
    @TempDir
    Path dir;

    @Test
    void copiesIngestedAtOnceByTwoWorkersMakeOneGroupAndOneStory() throws Exception {
        PostgresConfig config = PostgresTestSchemas.fresh("khabar_workers");
        FixtureCorpus.StoryCorpus corpus = FixtureCorpus.writeStories(dir.resolve("stories.jsonl"), 11);
        Map<String, Article> byUrl = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(corpus.file())) {
            JsonNode r = json.readTree(line);
            byUrl.put(r.get("url").asText(), Article.draft(r.get("url").asText(), r.get("source").asText(), null,
                    r.get("title").asText(), Instant.parse(r.get("published").asText()), null,
                    r.get("summary").asText(), r.get("body").asText(), null));
        }
        // Each event: the original, its wire copy from the fixture, and two more outlets running the same wire.
        List<List<Article>> events = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : corpus.copyOf().entrySet()) {
            Article original = byUrl.get(e.getValue());
            Article copy = byUrl.get(e.getKey());
            events.add(List.of(original, copy, rerun(original, "wire-a", n), rerun(original, "wire-b", n)));
            n++;
        }
        assertThat(events).hasSizeGreaterThanOrEqualTo(5);

        try (Khabar one = worker(config, "one"); Khabar two = worker(config, "two")) {
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = pool.submit(() -> ingestHalf(one, events, 0, together));
                Future<?> b = pool.submit(() -> ingestHalf(two, events, 1, together));
                a.get(3, TimeUnit.MINUTES);
                b.get(3, TimeUnit.MINUTES);
            } finally {
                pool.shutdownNow();
            }
            one.commit();
            two.commit();

            assertThat(one.store().countAll()).isEqualTo(4L * events.size());
            Set<Long> storiesSeen = new HashSet<>();
            for (List<Article> event : events) {
                List<Article> stored = event.stream()
                        .map(x -> two.store().byUrl(x.url()).orElseThrow(() -> new AssertionError("missing " + x.url())))
                        .toList();
                List<Article> canonicals = stored.stream().filter(x -> x.duplicateOf() == null).toList();
                assertThat(canonicals).as("one canonical in " + event.get(0).url()).hasSize(1);
                long canonical = canonicals.get(0).id();
                assertThat(stored).allSatisfy(x -> assertThat(x.duplicateOf() == null ? canonical : x.duplicateOf())
                        .isEqualTo(canonical));
                Set<Long> storyIds = new HashSet<>();
                for (Article x : stored) storyIds.add(x.storyId());
                assertThat(storyIds).as("one story for " + event.get(0).url()).hasSize(1).doesNotContainNull();
                long story = storyIds.iterator().next();
                assertThat(two.stories().resolve(story)).isEqualTo(one.stories().resolve(story));
                storiesSeen.add(one.stories().resolve(story));
            }
            assertThat(storiesSeen).as("events keep distinct stories").hasSize(events.size());
        }
    }

    /** Worker {@code side} ingests copies side, side+2 of every event, each at the same moment as the other. */
    private static Void ingestHalf(Khabar worker, List<List<Article>> events, int side, CyclicBarrier together)
            throws Exception {
        for (List<Article> event : events) {
            for (int round = 0; round < 2; round++) {
                together.await(1, TimeUnit.MINUTES);
                worker.ingestor().ingest(event.get(side + 2 * round));
            }
        }
        return null;
    }

    private static Article rerun(Article a, String outlet, int n) {
        return Article.draft("https://" + outlet + ".example/wire/" + n, outlet, null, a.title(),
                a.published().plusSeconds(600), null, a.summary(), a.body(), null);
    }

    private Khabar worker(PostgresConfig config, String name) {
        SelectedBackends.StoreParts parts = SelectedBackends.openPostgres(config);
        return SelectedBackends.assemble(parts, new LuceneIndex(dir.resolve("index-" + name), new KhabarAnalyzer()),
                Clock.systemUTC());
    }
}
