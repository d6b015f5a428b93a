package org.khabar.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.analyze.KeywordTagger;
import org.khabar.analyze.MemoryCorpusStats;
import org.khabar.analyze.TagRanker;
import org.khabar.cli.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code khabar eval …}: measurements against shared gold data. */
@Command(name = "eval", description = "Evaluate khabar against gold data.", mixinStandardHelpOptions = true,
        subcommands = {EvalCommand.Keywords.class, TagsDump.class, TagReviewEval.class, StoriesEval.class, SimilarEval.class,
                org.khabar.eval.extract.ExtractEvalCommand.class, org.khabar.dedup.eval.DedupEvalCommand.class,
                org.khabar.ingest.cli.FeedparserEvalCommand.class, org.khabar.ingest.cli.AntCrawlEvalCommand.class})
public final class EvalCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "keywords", mixinStandardHelpOptions = true,
            description = "Score keyword tags on AKEC (P/R/F1@5, @10, A@5) beside a TF-IDF unigram baseline.")
    public static final class Keywords implements Callable<Integer> {

        @Option(names = "--akec", required = true, description = "AKEC folder (documents/, keyphrases/, train.ids)")
        Path akec;
        @Option(names = "--ids", description = "document ids to score (default: AKEC_DIR/train.ids)")
        Path ids;
        @Option(names = "--data", description = "khabar data folder with the corpus imported: IDF and collocations from its statistics")
        Path data;
        @Option(names = "--corpus", description = "ANT corpus file (ant-v2.1.jsonl.gz): IDF and collocations built in memory from it")
        Path corpus;
        @Option(names = "--limit", defaultValue = "0", description = "read at most this many corpus articles (0: all)")
        int limit;
        @Option(names = "--stats-cache", description = "file holding corpus statistics: read if it exists, else built from --corpus and written")
        Path statsCache;
        @Option(names = "--cv", defaultValue = "0", description = "also fit the weights and report k-fold cross-validated figures (e.g. 5)")
        int cv;
        @Option(names = "--ranker", description = "tag ranker file to use instead of the shipped one")
        Path ranker;
        @Option(names = "--fit-ranker", description = "fit the learned tag ranker on the documents, write it to this file and report --cv (default 5) cross-validated figures")
        Path fitRanker;
        @Option(names = "--candidates", description = "with --fit-ranker: also write every shortlisted candidate's features and target to this TSV")
        Path candidatesOut;
        @Option(names = "--weights", split = ",", description = "tagger weights to try instead of the defaults (13 numbers, KeywordTagger.Weights order)")
        double[] weights;
        @Option(names = "--out", defaultValue = "akec-predictions.jsonl", description = "predictions JSONL (the baseline's goes beside it, .baseline.jsonl)")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (data != null) {
                if (!java.nio.file.Files.isDirectory(data)) {
                    System.err.println("khabar eval keywords: no data folder " + data);
                    return 2;
                }
                try (org.khabar.app.Backends.CorpusHandle h = org.khabar.app.Backends.openCorpus(data)) {
                    return evaluate(h.stats());
                }
            }
            if (corpus == null && (statsCache == null || !java.nio.file.Files.exists(statsCache))) {
                System.err.println("khabar eval keywords: give --data CORPUS_DIR (a khabar data folder with the corpus imported)"
                        + " or --corpus ant.jsonl.gz (statistics built in memory)");
                return 2;
            }
            return evaluate(cachedStats(statsCache, corpus, limit));
        }

        private int evaluate(org.khabar.store.CorpusStats stats) throws Exception {
            List<String> docIds = KeywordsEval.ids(akec, ids);
            AkecScorer scorer = AkecScorer.load(akec);
            Map<String, String> texts = KeywordsEval.texts(akec, docIds);
            KeywordTagger.Weights w = weights == null ? KeywordTagger.Weights.DEFAULT : KeywordTagger.Weights.of(weights);
            KeywordsEval.Result r = KeywordsEval.run(scorer, texts, docIds, stats,
                    new KeywordTagger(stats, w, ranker == null ? TagRanker.shipped() : TagRanker.read(ranker)));
            // the hand-set scores alone (the tagger before the learned ranker), for comparison in the same run
            Map<String, Double> hand = scorer.score(docIds, KeywordsEval.predict(new KeywordTagger(stats, w), texts, docIds));
            KeywordsEval.writeJsonl(out, r.khabar());
            Path baseOut = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.jsonl$", "") + ".baseline.jsonl");
            KeywordsEval.writeJsonl(baseOut, r.baseline());
            System.out.println("docs " + docIds.size() + ", corpus " + stats.documentCount() + " articles");
            System.out.print(KeywordsEval.table(Map.of("khabar", r.khabarScores(), "hand-set", hand,
                    "tfidf-1g", r.baselineScores())));
            System.out.println("predictions: " + out + " (baseline: " + baseOut + ")");
            if (fitRanker != null) {
                RankerFit fit = new RankerFit(scorer, stats, texts);
                System.out.println("shortlists hold " + fit.shortlistReach() + " top-10 crowd phrases");
                if (candidatesOut != null) fit.writeCandidates(candidatesOut);
                int folds = cv > 1 ? cv : 5;
                System.out.println(folds + "-fold cross-validated ranker (fitted on the other folds):");
                System.out.print(KeywordsEval.table(fit.crossValidate(docIds, folds), r.baselineScores()));
                TagRanker all = fit.fit(docIds);
                java.nio.file.Files.writeString(fitRanker, all.format());
                System.out.println("ranker fitted on all documents: " + fitRanker);
                System.out.print(KeywordsEval.table(fit.score(docIds, all), r.baselineScores()));
                return 0;
            }
            if (cv > 1) {
                WeightFit fit = new WeightFit(scorer, stats, texts);
                StringBuilder log = new StringBuilder();
                var cvScores = fit.crossValidate(docIds, cv, KeywordTagger.Weights.DEFAULT, log);
                System.out.print(log);
                System.out.println(cv + "-fold cross-validated (weights fitted on the other folds):");
                System.out.print(KeywordsEval.table(cvScores, r.baselineScores()));
                System.out.println("weights fitted on all documents: " + fit.fit(docIds, KeywordTagger.Weights.DEFAULT));
            }
            return 0;
        }
    }

    /** Builds corpus statistics in memory from the ANT file, with a progress display. */
    /** Statistics from {@code statsCache} if it exists, else built from the ANT file and written there (if given). */
    static MemoryCorpusStats cachedStats(Path statsCache, Path antFile, int limit) throws java.io.IOException {
        if (statsCache != null && java.nio.file.Files.exists(statsCache)) {
            return MemoryCorpusStats.load(statsCache);
        }
        MemoryCorpusStats stats = loadCorpus(antFile, limit);
        if (statsCache != null) {
            stats.save(statsCache);
        }
        return stats;
    }

    public static MemoryCorpusStats loadCorpus(Path antFile, int limit) throws java.io.IOException {
        MemoryCorpusStats stats = new MemoryCorpusStats();
        KeywordTagger keys = new KeywordTagger(stats);
        try (Progress p = new Progress("corpus statistics", limit > 0 ? limit : 31525, System.err)) {
            AntCorpus.forEach(antFile, limit, (title, text) -> {
                stats.addDocument(keys.corpusKeys(title, text));
                p.step(1);
            });
        }
        return stats;
    }
}
