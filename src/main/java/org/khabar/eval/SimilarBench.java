package org.khabar.eval;

import org.khabar.cluster.ClusterParams;
import org.khabar.analyze.MemoryCorpusStats;
import org.khabar.cluster.InMemoryStoryStore;
import org.khabar.cluster.FeatureExtractor;
import org.khabar.cluster.StoryClusterer;
import org.khabar.core.Article;
import org.khabar.related.RankingParams;
import org.khabar.related.RelatedCandidate;
import org.khabar.related.RelatedQuery;
import org.khabar.related.RelatedRanker;
import org.khabar.store.RelatedCache.Related;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code khabar bench similar --articles 31500,300000}: at each size, generates pseudo-articles, measures the
 * ingest cost of story clustering per article, then times sampled similar-list queries: khabar's full ranking
 * (live, not cached) against a plain Lucene MoreLikeThis on the same index, and the page-time cache lookup.
 * Run by hand, not in CI.
 */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Scale benchmark of similar lists and story clustering on generated articles.")
public final class SimilarBench implements Callable<Integer> {
    @Option(names = "--articles", split = ",", description = "corpus sizes (default: ${DEFAULT-VALUE})")
    int[] sizes = {31_500};

    @Option(names = "--queries", description = "sampled queries per size (default: ${DEFAULT-VALUE})")
    int queries = 2000;

    @Option(names = "--work", description = "directory for the Lucene index (default: ${DEFAULT-VALUE})")
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "khabar-bench-similar");

    @Option(names = "--shared", description = "shared data directory")
    Path shared;

    @Override
    public Integer call() throws Exception {
        PseudoArticles gen = new PseudoArticles(shared != null ? shared : SharedData.root());
        System.out.printf("source paragraphs: %d%n", gen.paragraphCount());
        System.out.printf("%9s | %-26s | %-26s | %-14s | %-22s | %s%n", "articles", "khabar full p50/p99 ms",
                "plain MLT p50/p99 ms", "page lookup p99", "cluster ingest ms/art", "peak RSS MB");
        for (int n : sizes) run(gen, n);
        return 0;
    }

    private void run(PseudoArticles gen, int n) throws Exception {
        Instant start = Instant.parse("2018-01-01T00:00:00Z");
        Duration span = Duration.ofDays(Math.max(30, n / 300)); // ~300 articles a day, like ANT's five outlets
        MemoryCorpusStats stats = new MemoryCorpusStats();
        FeatureExtractor fx = new FeatureExtractor(stats);
        List<Article> arts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article a = gen.article(n, i, n, start, span);
            stats.addDocument(fx.corpusKeys(a));
            arts.add(a);
        }
        ProvisionalTagger tagger = new ProvisionalTagger(fx, stats, 6);
        InMemoryStoryStore stories = new InMemoryStoryStore();
        StoryClusterer clusterer = new StoryClusterer(stories, ClusterParams.defaults());
        Path dir = work.resolve("n" + n);
        Files.createDirectories(dir);
        EvalIndex index = new EvalIndex(dir);
        long clusterNanos = 0;
        long lastTenthNanos = 0;
        for (int i = 0; i < n; i++) {
            Article a = arts.get(i).withTags(tagger.tags(arts.get(i)));
            long t0 = System.nanoTime();
            long story = clusterer.add(fx.features(a)).storyId();
            long dt = System.nanoTime() - t0;
            clusterNanos += dt;
            if (i >= n - n / 10) lastTenthNanos += dt;
            a = a.withStoryId(story);
            arts.set(i, a);
            index.add(a);
        }
        index.finish();
        Map<Long, Article> byId = new HashMap<>(n * 2);
        for (Article a : arts) byId.put(a.id(), a.withStoryId(stories.resolve(a.storyId())));

        Random r = new Random(42);
        long[] sample = new long[queries];
        for (int q = 0; q < queries; q++) sample[q] = 1 + r.nextInt(n);
        RelatedRanker ranker = new RelatedRanker(RankingParams.defaults());
        Map<Long, Related> cache = new HashMap<>();
        for (int q = 0; q < Math.min(200, queries); q++) { // warm-up, not timed
            khabar(index, ranker, byId, byId.get(sample[q]));
            index.plainMoreLikeThis(sample[q], 10);
        }
        long[] tk = new long[queries];
        long[] tm = new long[queries];
        for (int q = 0; q < queries; q++) {
            long t0 = System.nanoTime();
            Related rel = khabar(index, ranker, byId, byId.get(sample[q]));
            tk[q] = System.nanoTime() - t0;
            cache.put(sample[q], rel);
            t0 = System.nanoTime();
            index.plainMoreLikeThis(sample[q], 10);
            tm[q] = System.nanoTime() - t0;
        }
        long[] tl = new long[queries];
        for (int q = 0; q < queries; q++) {
            long t0 = System.nanoTime();
            if (cache.get(sample[q]) == null) throw new IllegalStateException("cache miss");
            tl[q] = System.nanoTime() - t0;
        }
        index.close();
        System.out.printf("%9d | %11.2f / %-12.2f | %11.2f / %-12.2f | %10.4f ms | all %.3f, last 10%% %.3f | %d%n",
                n, pct(tk, 50), pct(tk, 99), pct(tm, 50), pct(tm, 99), pct(tl, 99),
                clusterNanos / 1e6 / n, lastTenthNanos / 1e6 / (n / 10), peakRssMb());
        System.out.printf("          (%d live stories at the end, %d queries, index %s)%n",
                clusterer.liveStories(), queries, dir);
    }

    private static Related khabar(EvalIndex index, RelatedRanker ranker, Map<Long, Article> byId, Article q)
            throws Exception {
        List<EvalIndex.Hit> hits = index.khabarCandidates(q.id(), 50, Set.of(q.id()));
        List<RelatedCandidate> cands = new ArrayList<>(hits.size());
        for (EvalIndex.Hit h : hits) {
            Article c = byId.get(h.articleId());
            cands.add(new RelatedCandidate(c.id(), c.sourceId(), c.published(), c.storyId(), c.duplicateOf(),
                    h.score(), c.tags()));
        }
        return ranker.rank(new RelatedQuery(q.id(), q.published(), q.storyId(), null, Set.of(q.id()), q.tags()),
                cands, Instant.EPOCH);
    }

    private static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, i)] / 1e6;
    }

    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
