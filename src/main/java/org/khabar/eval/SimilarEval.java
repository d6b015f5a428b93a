package org.khabar.eval;

import org.khabar.cluster.ClusterParams;
import org.khabar.app.MltRelatedFinder;
import org.khabar.app.RelatedFinder;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.related.RelatedCandidate;
import org.khabar.related.RelatedQuery;
import org.khabar.related.Diversifier;
import org.khabar.related.RankingParams;
import org.khabar.related.RelatedRanker;
import org.khabar.store.RelatedCache.Related;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code khabar eval similar}: P@10 of khabar's similar lists and of plain Lucene MoreLikeThis on the same index,
 * against blind judgments. Three systems: "khabar" is the scored, story-diversified {@link RelatedRanker};
 * "served" is what the portal shows (app.MltRelatedFinder: more-like-this order under the list rules of
 * {@link Diversifier}); "plain MLT" is the baseline. Label 2 = same topic and useful to a reader of the query; 1 = same topic, not useful
 * (a retelling of the same report, a copy); 0 = other topic. Only 2 counts; unjudged items count as not useful.
 */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "P@10 of khabar's similar lists vs plain Lucene MoreLikeThis, on judged ANT queries.")
public final class SimilarEval implements Callable<Integer> {
    static final int K = 10;
    static final int QUERIES = 30;
    /** Queries come from a period other than the stories dev set's (Feb 2018). */
    static final Instant QUERY_FROM = Instant.parse("2018-05-01T00:00:00Z");
    static final Instant QUERY_TO = Instant.parse("2018-06-01T00:00:00Z");

    @Option(names = "--judgments", description = "query<TAB>candidate<TAB>label file (default: ${DEFAULT-VALUE})")
    Path judgments = Path.of("src/test/resources/org/khabar/related/similar-judgments.tsv");

    @Option(names = "--shared", description = "shared data directory")
    Path shared;

    @Option(names = "--pool", description = "write the shuffled, system-blind pool of unjudged pairs to this file and stop")
    Path pool;

    @Option(names = "--pool-depth", description = "with --pool: also pool the served lists down to this depth, "
            + "so that a better ranking can be judged (default: ${DEFAULT-VALUE})")
    int poolDepth = K;

    @Option(names = "--candidates", description = "write every judged query's retrieved candidates with their "
            + "signals and labels to this TSV (for offline analysis of orderings) and stop")
    Path candidatesDump;

    @Option(names = "--lists", description = "also write each system's lists on the judged queries to this TSV "
            + "(system, query, rank, item, label; -1: not judged), to compare two builds line by line")
    Path listsOut;

    @Option(names = "--seed", description = "query sampling seed (default: ${DEFAULT-VALUE})")
    long seed = 20180501L;

    /** P@K and rule counts of one system's lists over the judged queries. */
    record ListFigures(String system, int queries, int useful, int unjudged, int repeats, int duplicates, int ownStory,
                       int sameStory, int usefulAgainstRules, int sameReport, int otherTopic, int empty) {
        double precision() {
            return useful / (double) (queries * K);
        }

        void print() {
            System.out.printf("%-10s P@%d=%.3f  (useful %d of %d slots; unjudged %d; repeats %d; duplicates %d; "
                            + "items of the query's own story %d; further items of an already listed story %d; "
                            + "useful items among those two %d)%n"
                            + "           labels: useful %d, same report retold %d, other topic %d, unjudged %d, empty slots %d%n",
                    system, K, precision(), useful, queries * K, unjudged, repeats, duplicates, ownStory, sameStory,
                    usefulAgainstRules, useful, sameReport, otherTopic, unjudged, empty);
        }
    }

    @Override
    public Integer call() throws Exception {
        SimilarSetup s = SimilarSetup.build(shared != null ? shared : SharedData.root(), ClusterParams.defaults(), null);
        Map<String, Integer> judged = Files.isRegularFile(judgments) ? readJudgments(judgments) : Map.of();
        if (candidatesDump != null) {
            writeCandidates(s, judged, candidatesDump);
            return 0;
        }
        if (pool == null) {
            if (judged.isEmpty()) {
                System.err.println("no judgments in " + judgments + ": write a pool to judge with --pool FILE");
                return 2;
            }
            Lists lists = lists(s, judgedQueries(s, judged));
            figures(lists, judged, s).forEach(ListFigures::print);
            if (listsOut != null) {
                writeLists(lists, judged, listsOut);
            }
            reportCeiling(judgedQueries(s, judged), judged, s);
            return 0;
        }
        List<Article> queries = judged.isEmpty() ? pickQueries(s) : judgedQueries(s, judged);
        Lists lists = lists(s, queries);
        Map<String, List<String>> deep = new LinkedHashMap<>();
        Diversifier deeper = new Diversifier(poolDepth, MltRelatedFinder.MAX_PER_OUTLET);
        for (Article q : queries) {
            List<String> d = new ArrayList<>();
            s.served(deeper, q, Math.max(MltRelatedFinder.CANDIDATES, 6 * poolDepth)).similar()
                    .forEach(i -> d.add(s.articles.get(i.articleId()).externalId()));
            deep.put(q.externalId(), d);
        }
        writePool(s, List.of(lists.khabar, lists.served, lists.mlt, deep), judged);
        return 0;
    }

    /**
     * One row per retrieved candidate of each judged query: retrieval rank and score, the score over the best one
     * the rules allow, tags shared with the query, days apart, same outlet, same ANT section (from the docnos),
     * excluded by the rules (itself, a copy, its own story), the candidate's story and its size, the label (-1:
     * not judged).
     */
    private static void writeCandidates(SimilarSetup s, Map<String, Integer> judged, Path out) throws IOException {
        Map<Long, Integer> storySize = new HashMap<>();
        for (Article a : s.articles.values()) {
            if (a.isCanonical() && a.storyId() != null) storySize.merge(a.storyId(), 1, Integer::sum);
        }
        try (var w = Files.newBufferedWriter(out)) {
            w.write("query\tcandidate\trank\trelevance\trelative\tshared_tags\tdays\tsame_source\tsame_section"
                    + "\texcluded\tstory\tstory_size\tlabel\tshared_place\tshared_weight\ttitle_words\n");
            for (Article q : judgedQueries(s, judged)) {
                RelatedQuery rq = s.queryOf(q);
                List<RelatedCandidate> cands = s.retrieved(q, MltRelatedFinder.CANDIDATES);
                double best = cands.stream().filter(c -> !Diversifier.isExcluded(rq, c))
                        .mapToDouble(RelatedCandidate::relevance).findFirst().orElse(1);
                Set<String> queryTags = new HashSet<>();
                q.tags().forEach(t -> queryTags.add(t.key()));
                int rank = 0;
                for (RelatedCandidate c : cands) {
                    Article a = s.articles.get(c.articleId());
                    long shared = c.tags().stream().map(Tag::key).distinct().filter(queryTags::contains).count();
                    double days = Math.abs(Duration.between(q.published(), c.published()).toMinutes()) / 1440.0;
                    Integer label = judged.get(q.externalId() + "\t" + a.externalId());
                    w.write(String.join("\t", q.externalId(), a.externalId(), Integer.toString(rank++),
                            String.format(Locale.ROOT, "%.4f", c.relevance()),
                            String.format(Locale.ROOT, "%.4f", c.relevance() / best), Long.toString(shared),
                            String.format(Locale.ROOT, "%.2f", days), c.sourceId().equals(q.sourceId()) ? "1" : "0",
                            section(q).equals(section(a)) ? "1" : "0", Diversifier.isExcluded(rq, c) ? "1" : "0",
                            String.valueOf(c.storyId()), Integer.toString(c.storyId() == null ? 1 : storySize.getOrDefault(c.storyId(), 1)),
                            Integer.toString(label == null ? -1 : label), Integer.toString(sharedPlace(q.tags(), c.tags())),
                            String.format(Locale.ROOT, "%.4f", sharedWeight(q.tags(), c.tags())),
                            Integer.toString(sharedWords(rq.titleWords(), c.titleWords()))));
                    w.write('\n');
                }
            }
        }
        System.out.println("wrote candidates of " + judgedQueries(s, judged).size() + " queries to " + out);
    }

    /**
     * How central the most central shared tag is to both articles: over the shared tags, the least of the later of
     * its two places in the articles' tag lists (1: first in both); 0 when none is shared.
     */
    private static int sharedPlace(List<Tag> query, List<Tag> candidate) {
        int best = 0;
        for (int i = 0; i < query.size(); i++) {
            for (int j = 0; j < candidate.size(); j++) {
                if (!query.get(i).key().equals(candidate.get(j).key())) continue;
                int place = Math.max(i, j) + 1;
                if (best == 0 || place < best) best = place;
            }
        }
        return best;
    }

    /** Headline words the candidate shares with the query. */
    private static int sharedWords(Set<String> query, Set<String> candidate) {
        int n = 0;
        for (String w : query) if (candidate.contains(w)) n++;
        return n;
    }

    /** Over the shared tags (by key, once each), the sum of the lesser of the two tag scores. */
    private static double sharedWeight(List<Tag> query, List<Tag> candidate) {
        Map<String, Double> q = new HashMap<>();
        for (Tag t : query) q.merge(t.key(), t.score(), Math::max);
        Map<String, Double> c = new HashMap<>();
        for (Tag t : candidate) c.merge(t.key(), t.score(), Math::max);
        double sum = 0;
        for (var e : q.entrySet()) {
            Double other = c.get(e.getKey());
            if (other != null) sum += Math.min(e.getValue(), other);
        }
        return sum;
    }

    /** ANT docnos read OUTLET-section-n-date. */
    private static String section(Article a) {
        String[] p = a.externalId().split("-");
        return p.length > 1 ? p[1] : "";
    }

    /** The three systems' figures on the judged queries: khabar (scored ranker), served, plain MLT. */
    static List<ListFigures> evaluate(SimilarSetup s, Map<String, Integer> judged) throws Exception {
        return figures(lists(s, judgedQueries(s, judged)), judged, s);
    }

    private static List<ListFigures> figures(Lists lists, Map<String, Integer> judged, SimilarSetup s) {
        return List.of(figures("khabar", lists.khabar, judged, s), figures("served", lists.served, judged, s),
                figures("plain MLT", lists.mlt, judged, s));
    }

    private static void writeLists(Lists lists, Map<String, Integer> judged, Path out) throws IOException {
        try (java.io.PrintWriter w = new java.io.PrintWriter(Files.newBufferedWriter(out))) {
            Map<String, Map<String, List<String>>> systems = new LinkedHashMap<>();
            systems.put("khabar", lists.khabar);
            systems.put("served", lists.served);
            systems.put("mlt", lists.mlt);
            systems.forEach((system, bySystem) -> bySystem.forEach((q, items) -> {
                for (int r = 0; r < items.size(); r++) {
                    w.println(system + "\t" + q + "\t" + (r + 1) + "\t" + items.get(r) + "\t"
                            + judged.getOrDefault(q + "\t" + items.get(r), -1));
                }
            }));
        }
        System.out.println("lists written to " + out);
    }

    private record Lists(Map<String, List<String>> khabar, Map<String, List<String>> served,
                         Map<String, List<String>> mlt) {
    }

    private static Lists lists(SimilarSetup s, List<Article> queries) throws Exception {
        RelatedRanker ranker = new RelatedRanker(RankingParams.defaults());
        Diversifier diversifier = new Diversifier(RelatedFinder.SIMILAR_SIZE, MltRelatedFinder.MAX_PER_OUTLET);
        Map<String, List<String>> khabar = new LinkedHashMap<>();
        Map<String, List<String>> served = new LinkedHashMap<>();
        Map<String, List<String>> mlt = new LinkedHashMap<>();
        for (Article q : queries) {
            Related r = s.related(ranker, q, RankingParams.defaults().size());
            List<String> k = new ArrayList<>();
            r.similar().forEach(i -> k.add(s.articles.get(i.articleId()).externalId()));
            khabar.put(q.externalId(), k);
            List<String> v = new ArrayList<>();
            s.served(diversifier, q, MltRelatedFinder.CANDIDATES).similar()
                    .forEach(i -> v.add(s.articles.get(i.articleId()).externalId()));
            served.put(q.externalId(), v);
            List<String> m = new ArrayList<>();
            for (EvalIndex.Hit h : s.index.plainMoreLikeThis(q.id(), K)) m.add(s.articles.get(h.articleId()).externalId());
            mlt.put(q.externalId(), m);
        }
        return new Lists(khabar, served, mlt);
    }

    /**
     * The queries of an existing judgment file, in file order. Sampling again would not give them back once the
     * corpus reading changes in the slightest (a date parsed differently shifts every id and so the shuffle),
     * and a new query set would have no judgments at all.
     */
    static List<Article> judgedQueries(SimilarSetup s, Map<String, Integer> judged) {
        LinkedHashSet<String> docnos = new LinkedHashSet<>();
        for (String pair : judged.keySet()) docnos.add(pair.substring(0, pair.indexOf('\t')));
        List<Article> queries = new ArrayList<>();
        for (String docno : docnos) {
            Article q = s.byDocno(docno);
            if (!q.isCanonical()) throw new IllegalStateException("judged query " + docno + " is now a duplicate");
            queries.add(q);
        }
        return queries;
    }

    /** A fresh query sample for a new judgment round: canonical articles of the query period, by docno. */
    private List<Article> pickQueries(SimilarSetup s) {
        List<Article> eligible = new ArrayList<>();
        for (Article a : s.articles.values()) {
            if (a.isCanonical() && !a.published().isBefore(QUERY_FROM) && a.published().isBefore(QUERY_TO)) eligible.add(a);
        }
        eligible.sort(Comparator.comparing(Article::externalId));
        Collections.shuffle(eligible, new Random(seed));
        return eligible.subList(0, QUERIES);
    }

    private static ListFigures figures(String name, Map<String, List<String>> lists, Map<String, Integer> judged,
                                       SimilarSetup s) {
        int useful = 0, unjudged = 0, repeats = 0, duplicates = 0, sameStory = 0, ownStory = 0, usefulAgainstRules = 0;
        int sameReport = 0, otherTopic = 0, empty = 0;
        for (var e : lists.entrySet()) {
            empty += Math.max(0, K - e.getValue().size());
            Article q = s.byDocno(e.getKey());
            Set<String> seen = new HashSet<>();
            Set<Long> groups = new HashSet<>();
            Set<Long> stories = new HashSet<>();
            for (String c : e.getValue()) {
                Integer label = judged.get(e.getKey() + "\t" + c);
                if (label == null) unjudged++;
                else if (label == 2) useful++;
                else if (label == 1) sameReport++;
                else otherTopic++;
                if (!seen.add(c)) repeats++;
                Article a = s.byDocno(c);
                long group = a.duplicateOf() != null ? a.duplicateOf() : a.id();
                long qGroup = q.duplicateOf() != null ? q.duplicateOf() : q.id();
                if (group == qGroup || !groups.add(group)) duplicates++;
                boolean breaksStoryRules = a.storyId().equals(q.storyId()) || !stories.add(a.storyId());
                if (a.storyId().equals(q.storyId())) ownStory++;
                else if (breaksStoryRules) sameStory++;
                if (breaksStoryRules && label != null && label == 2) usefulAgainstRules++;
            }
        }
        return new ListFigures(name, lists.size(), useful, unjudged, repeats, duplicates, ownStory, sameStory,
                usefulAgainstRules, sameReport, otherTopic, empty);
    }

    /**
     * The best P@10 any system could reach on the judged pool under the list rules: per query, the useful judged
     * candidates outside the query's own story and its duplicate group, one per story. Unjudged items count as not
     * useful, so no system can score above this until more pairs are judged.
     */
    private static void reportCeiling(List<Article> queries, Map<String, Integer> judged, SimilarSetup s) {
        int reachable = 0, short10 = 0;
        for (Article q : queries) {
            long qGroup = q.duplicateOf() != null ? q.duplicateOf() : q.id();
            Set<Long> stories = new HashSet<>();
            for (var e : judged.entrySet()) {
                if (e.getValue() != 2 || !e.getKey().startsWith(q.externalId() + "\t")) continue;
                Article a = s.byDocno(e.getKey().substring(e.getKey().indexOf('\t') + 1));
                long group = a.duplicateOf() != null ? a.duplicateOf() : a.id();
                if (group != qGroup && !a.storyId().equals(q.storyId())) stories.add(a.storyId());
            }
            reachable += Math.min(K, stories.size());
            if (stories.size() < K) short10++;
        }
        System.out.printf("ceiling    P@%d=%.3f  (useful judged items reachable under the rules: %d of %d slots; "
                + "queries with fewer than %d: %d)%n", K, reachable / (double) (queries.size() * K), reachable,
                queries.size() * K, K, short10);
    }

    private void writePool(SimilarSetup s, List<Map<String, List<String>>> systems,
                           Map<String, Integer> judged) throws Exception {
        List<String[]> pairs = new ArrayList<>();
        for (String q : systems.get(0).keySet()) {
            Set<String> cands = new HashSet<>();
            for (Map<String, List<String>> system : systems) cands.addAll(system.get(q));
            for (String c : cands) if (!judged.containsKey(q + "\t" + c)) pairs.add(new String[]{q, c});
        }
        pairs.sort((x, y) -> (x[0] + x[1]).compareTo(y[0] + y[1]));
        Collections.shuffle(pairs, new Random(seed + 1));
        pairs.sort((x, y) -> x[0].compareTo(y[0])); // grouped by query, candidates in shuffled order
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(pool))) {
            String last = null;
            for (String[] p : pairs) {
                if (!p[0].equals(last)) {
                    Article q = s.byDocno(p[0]);
                    w.println("# Q " + p[0] + " | " + q.title() + " | " + snippet(q));
                    last = p[0];
                }
                Article c = s.byDocno(p[1]);
                w.println(p[0] + "\t" + p[1] + "\t?\t" + c.title() + " | " + snippet(c));
            }
        }
        System.out.println("wrote " + pairs.size() + " unjudged pairs to " + pool);
    }

    private static String snippet(Article a) {
        String b = a.body().replace('\n', ' ');
        return b.length() > 160 ? b.substring(0, 160) : b;
    }

    static Map<String, Integer> readJudgments(Path file) throws Exception {
        Map<String, Integer> out = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3 || !f[2].matches("[012]")) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected query<TAB>candidate<TAB>0|1|2");
            }
            out.put(f[0] + "\t" + f[1], Integer.parseInt(f[2]));
        }
        return out;
    }
}
