package org.khabar.eval;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.khabar.analyze.KeywordTagger;
import org.khabar.analyze.KhabarAnalyzer;
import org.khabar.analyze.MemoryCorpusStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar bench analyze}: analysis + tagging throughput beside Lucene's ArabicAnalyzer, one thread. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analysis + tagging articles/s on ANT beside Lucene's ArabicAnalyzer tokenizing the same texts.")
public final class AnalyzeBench implements Callable<Integer> {

    @Mixin
    AntCorpusOption corpus;
    @Option(names = "--limit", defaultValue = "5000", description = "articles to measure")
    int limit;
    @Option(names = "--rounds", defaultValue = "3", description = "measured rounds (after one warm-up round); the best is reported")
    int rounds;

    @Override
    public Integer call() throws Exception {
        List<String[]> docs = corpus.titlesAndBodies(limit);
        long chars = docs.stream().mapToLong(d -> d[0].length() + d[1].length()).sum();
        System.out.printf("%d articles, %.1f KB average%n", docs.size(), chars / 1024.0 / docs.size());
        double lucene = 0;
        double khabarTok = 0;
        double tagging = 0;
        double withIncrements = 0;
        try (Analyzer arabic = new ArabicAnalyzer(); Analyzer khabar = new KhabarAnalyzer()) {
            for (int round = 0; round <= rounds; round++) {
                double l = rate(docs, d -> consume(arabic, d));
                double k = rate(docs, d -> consume(khabar, d));
                MemoryCorpusStats stats = new MemoryCorpusStats();
                KeywordTagger tagger = new KeywordTagger(stats);
                double inc = rate(docs, d -> {
                    List<org.khabar.core.Tag> tags = tagger.articleTags(d[0], d[1]);
                    stats.addDocument(tagger.corpusKeys(d[0], d[1]));
                    return tags.size();
                });
                // steady state: statistics already hold the corpus; the increments themselves are store work
                KeywordTagger fresh = new KeywordTagger(stats);
                double t = rate(docs, d -> fresh.articleTags(d[0], d[1]).size() + fresh.corpusKeys(d[0], d[1]).size());
                if (round > 0) { // round 0 warms up the JIT
                    lucene = Math.max(lucene, l);
                    khabarTok = Math.max(khabarTok, k);
                    tagging = Math.max(tagging, t);
                    withIncrements = Math.max(withIncrements, inc);
                }
            }
        }
        System.out.printf("Lucene ArabicAnalyzer tokenizing      %8.0f articles/s%n", lucene);
        System.out.printf("KhabarAnalyzer tokenizing             %8.0f articles/s%n", khabarTok);
        System.out.printf("khabar analysis + tagging (tag+keys)  %8.0f articles/s  (%.2fx of ArabicAnalyzer)%n",
                tagging, tagging / lucene);
        System.out.printf("  same, counting into in-memory stats  %8.0f articles/s  (%.2fx)%n", withIncrements, withIncrements / lucene);
        return 0;
    }

    interface Work {
        int run(String[] doc) throws Exception;
    }

    private static double rate(List<String[]> docs, Work w) throws Exception {
        long sink = 0;
        long t0 = System.nanoTime();
        for (String[] d : docs) {
            sink += w.run(d);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return docs.size() / s;
    }

    private static int consume(Analyzer a, String[] d) throws java.io.IOException {
        int n = 0;
        for (String text : d) {
            try (TokenStream ts = a.tokenStream("body", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    n += term.length();
                }
                ts.end();
            }
        }
        return n;
    }
}
