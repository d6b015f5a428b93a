package org.khabar.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.khabar.analyze.KeywordTagger;
import org.khabar.analyze.MemoryCorpusStats;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code khabar eval tag-review}: the tags an article page shows ({@link org.khabar.analyze.ShownTags.MAX}) for the reviewed ANT
 * articles, scored against an editor's labels (see {@link TagReview}); IDF and collocations from the whole ANT
 * corpus. Writes the tags nobody has labelled yet, with their article, for the next reading.
 */
@Command(name = "tag-review", mixinStandardHelpOptions = true,
        description = "Share of shown tags an editor would publish unchanged, on ANT articles read by a person.")
public final class TagReviewEval implements Callable<Integer> {
    static final Path REPO_LABELS = Path.of("src/test/resources/org/khabar/eval/tag-review.tsv");

    @Mixin
    AntCorpusOption corpus;
    @Option(names = "--stats-cache", description = "corpus statistics file: read if it exists, else built from --ant and written")
    Path statsCache;
    @Option(names = "--labels", description = "review labels TSV (default: src/test/resources/org/khabar/eval/tag-review.tsv)")
    Path labelsFile;
    @Option(names = "--to-judge", description = "write the unlabelled shown tags with their articles to this file")
    Path toJudge;
    @Option(names = "--shown", description = "write every shown tag with its label to this TSV (docno, tag, label, rank, score)")
    Path shownFile;

    @Override
    public Integer call() throws Exception {
        Path file = labelsFile != null ? labelsFile : REPO_LABELS;
        if (!Files.exists(file)) {
            System.err.println("khabar eval tag-review: no labels file " + file + " (give --labels)");
            return 2;
        }
        TagReview review = TagReview.read(file);
        MemoryCorpusStats stats = EvalCommand.cachedStats(statsCache, corpus.ant, 0);
        Map<String, Article> articles = reviewedArticles(review, corpus.ant);
        KeywordTagger tagger = new KeywordTagger(stats);
        Map<String, List<Tag>> scored = new LinkedHashMap<>();
        for (String docno : review.docnos()) {
            Article a = articles.get(docno);
            if (a == null) {
                System.err.println("khabar eval tag-review: " + docno + " is not in " + corpus.ant);
                return 2;
            }
            scored.put(docno, tagger.articleTags(a.title(), a.body()));
        }
        Map<String, List<String>> shown = labelsOf(scored);
        Map<String, Integer> counts = review.count(shown);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int ok = counts.getOrDefault("ok", 0);
        System.out.printf("%d articles, %d shown tags (at most %d each)%n", shown.size(), total, org.khabar.analyze.ShownTags.MAX);
        for (String l : TagReview.LABELS) {
            System.out.printf("  %-9s %4d  %.3f%n", l, counts.getOrDefault(l, 0), counts.getOrDefault(l, 0) / (double) total);
        }
        System.out.printf("  %-9s %4d  (counted as not ok)%n", "unjudged", counts.getOrDefault("unjudged", 0));
        System.out.printf("editor acceptance (ok share of shown tags): %.3f%n", ok / (double) total);
        if (toJudge != null) writeUnjudged(review, shown, articles);
        if (shownFile != null) writeShown(review, scored);
        return 0;
    }

    /** The ANT articles the review has labels for, by docno. */
    static Map<String, Article> reviewedArticles(TagReview review, Path ant) throws java.io.IOException {
        Set<String> wanted = new HashSet<>(review.docnos());
        Map<String, Article> articles = new LinkedHashMap<>();
        for (AntCorpus.Doc d : AntCorpus.load(ant)) {
            if (wanted.contains(d.docno())) articles.put(d.docno(), d.article());
        }
        return articles;
    }

    /** Each article's tag labels, in order: what {@link TagReview#count} reads. */
    static Map<String, List<String>> labelsOf(Map<String, List<Tag>> tags) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        tags.forEach((docno, list) -> out.put(docno, list.stream().map(Tag::label).toList()));
        return out;
    }

    private void writeShown(TagReview review, Map<String, List<Tag>> shown) throws java.io.IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(shownFile, StandardCharsets.UTF_8))) {
            shown.forEach((docno, tags) -> {
                for (int rank = 0; rank < tags.size(); rank++) {
                    Tag t = tags.get(rank);
                    String label = review.labelOf(docno, t.label());
                    w.printf(java.util.Locale.ROOT, "%s\t%s\t%s\t%d\t%.4f%n", docno, t.label(),
                            label == null ? "unjudged" : label, rank + 1, t.score());
                }
            });
        }
        System.out.println("shown tags with their labels written to " + shownFile);
    }

    private void writeUnjudged(TagReview review, Map<String, List<String>> shown, Map<String, Article> articles)
            throws java.io.IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(toJudge, StandardCharsets.UTF_8))) {
            for (var e : shown.entrySet()) {
                List<String> open = e.getValue().stream().filter(t -> review.labelOf(e.getKey(), t) == null).toList();
                if (open.isEmpty()) continue;
                Article a = articles.get(e.getKey());
                w.printf("=== %s%nTITLE: %s%nTEXT: %s%nTAGS (all shown: %s):%n", e.getKey(), a.title(),
                        a.body().length() > 2500 ? a.body().substring(0, 2500) + " …" : a.body(), String.join("، ", e.getValue()));
                open.forEach(t -> w.println("  " + t));
                w.println();
            }
        }
        System.out.println("unlabelled tags written to " + toJudge);
    }
}
