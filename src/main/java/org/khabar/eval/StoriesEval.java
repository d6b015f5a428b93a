package org.khabar.eval;

import org.khabar.cluster.ClusterParams;
import org.khabar.core.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code khabar eval stories}: B³ of the story clusterer on the hand-labelled dev set, beside all-singletons. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "B-cubed precision/recall/F1 of story clustering on the labelled ANT dev set.")
public final class StoriesEval implements Callable<Integer> {
    @Option(names = "--labels", description = "docno<TAB>story file (default: ${DEFAULT-VALUE})")
    Path labels = Path.of("src/test/resources/org/khabar/cluster/stories-dev.tsv");

    @Option(names = "--shared", description = "shared data directory (default: -Dkhabar.shared, $KHABAR_SHARED, ../shared, /work/shared)")
    Path shared;

    @Option(names = "--join", description = "join threshold (default: ClusterParams.defaults())")
    Double join;

    @Option(names = "--merge", description = "merge threshold")
    Double merge;

    @Option(names = "--dump", description = "print each gold story with the system story of every member")
    boolean dump;

    @Option(names = "--sweep", description = "also print F1 for a range of join thresholds")
    boolean sweep;

    @Option(names = "--shape", negatable = true, defaultValue = "true",
            description = "also cluster the whole corpus and print how big and long its stories grow (default: on)")
    boolean shape;

    @Override
    public Integer call() throws Exception {
        Map<String, String> gold = readLabels(labels);
        EvalCorpus corpus = EvalCorpus.loadAnt(shared != null ? shared : SharedData.root());
        List<Article> dev = new ArrayList<>();
        for (String docno : gold.keySet()) {
            Article a = corpus.byDocno.get(docno);
            if (a == null) throw new IllegalStateException("docno not in ANT: " + docno);
            dev.add(a);
        }
        dev.sort(Comparator.comparing(Article::published).thenComparingLong(Article::id));
        ClusterParams p = ClusterParams.defaults();
        if (join != null) p = p.withJoinThreshold(join);
        if (merge != null) p = p.withMergeThreshold(merge);

        Map<String, String> singletons = new HashMap<>();
        gold.keySet().forEach(d -> singletons.put(d, d));
        BCubed.Score base = BCubed.score(gold, singletons);
        BCubed.Score sys = BCubed.score(gold, systemLabels(corpus, dev, p));
        long goldStories = gold.values().stream().distinct().count();
        System.out.printf("stories dev set: %d articles, %d gold stories (%s)%n", gold.size(), goldStories, labels);
        System.out.printf("params: %s%n", p);
        System.out.printf("%-16s %9s %9s %9s%n", "", "B3-P", "B3-R", "B3-F1");
        System.out.printf("%-16s %9.3f %9.3f %9.3f%n", "khabar", sys.precision(), sys.recall(), sys.f1());
        System.out.printf("%-16s %9.3f %9.3f %9.3f%n", "all-singletons", base.precision(), base.recall(), base.f1());
        if (shape) {
            List<Article> all = SimilarSetup.markDuplicates(corpus.articles).stream().filter(Article::isCanonical).toList();
            System.out.println("whole corpus: " + StoryShape.of(all, corpus.cluster(all, p)).describe());
        }
        if (dump) {
            Map<String, String> sl = systemLabels(corpus, dev, p);
            Map<String, List<Article>> byGold = new LinkedHashMap<>();
            for (Article a : dev) byGold.computeIfAbsent(gold.get(a.externalId()), k -> new ArrayList<>()).add(a);
            byGold.forEach((g, as) -> {
                if (as.size() < 2) return;
                System.out.println("## " + g);
                for (Article a : as) System.out.println("   " + sl.get(a.externalId()) + "  " + a.sourceId() + "  " + a.title());
            });
        }
        if (sweep) {
            for (double t = 0.15; t <= 0.551; t += 0.05) {
                BCubed.Score s = BCubed.score(gold, systemLabels(corpus, dev, p.withJoinThreshold(t)));
                System.out.printf("join=%.2f  P=%.3f R=%.3f F1=%.3f%n", t, s.precision(), s.recall(), s.f1());
            }
        }
        return 0;
    }

    static Map<String, String> systemLabels(EvalCorpus corpus, List<Article> dev, ClusterParams p) {
        Map<Long, Long> story = corpus.cluster(dev, p);
        Map<String, String> out = new HashMap<>();
        for (Article a : dev) out.put(a.externalId(), "s" + story.get(a.id()));
        return out;
    }

    static Map<String, String> readLabels(Path file) throws Exception {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("labels file not found: " + file);
        Map<String, String> out = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalArgumentException(file + ":" + lineNo + ": expected docno<TAB>story");
            if (out.put(f[0].strip(), f[1].strip()) != null) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": docno listed twice: " + f[0]);
            }
        }
        return out;
    }
}
