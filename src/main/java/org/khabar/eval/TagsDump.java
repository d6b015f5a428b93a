package org.khabar.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.analyze.KeywordTagger;
import org.khabar.analyze.MemoryCorpusStats;
import org.khabar.core.Tag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code khabar eval tags-dump}: the tags of the first N ANT articles as plain text, so a change to the tagger's
 * speed can be checked to leave its output byte-identical (diff two dumps). Two passes, as in the analysis benchmark:
 * while the statistics grow article by article (the pipeline's case: each article is tagged, then counted), and
 * again once they hold all N articles.
 */
@Command(name = "tags-dump", mixinStandardHelpOptions = true,
        description = "Write the tags (key, label, score) of the first N ANT articles, for byte-identical regression diffs.")
public final class TagsDump implements Callable<Integer> {

    @Mixin
    AntCorpusOption corpus;
    @Option(names = "--limit", defaultValue = "3000", description = "articles to tag")
    int limit;
    @Option(names = "--out", required = true, description = "output text file")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<String[]> docs = corpus.titlesAndBodies(limit);
        MemoryCorpusStats stats = new MemoryCorpusStats();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            KeywordTagger growing = new KeywordTagger(stats);
            for (int i = 0; i < docs.size(); i++) {
                String[] d = docs.get(i);
                write(w, "grow", i, growing.tag(d[0], d[1], 10));
                stats.addDocument(growing.corpusKeys(d[0], d[1]));
            }
            KeywordTagger steady = new KeywordTagger(stats);
            for (int i = 0; i < docs.size(); i++) {
                String[] d = docs.get(i);
                write(w, "full", i, steady.tag(d[0], d[1], 10));
                List<String> keys = new ArrayList<>(steady.corpusKeys(d[0], d[1]));
                java.util.Collections.sort(keys);
                w.println("keys " + i + " " + keys.size() + " " + keys.hashCode());
            }
        }
        System.out.printf("%d articles tagged twice, written to %s%n", docs.size(), out);
        return 0;
    }

    private static void write(PrintWriter w, String pass, int i, List<Tag> tags) {
        StringBuilder b = new StringBuilder().append(pass).append(' ').append(i);
        for (Tag t : tags) {
            b.append('\t').append(t.key()).append('|').append(t.label()).append('|')
                    .append(String.format(Locale.ROOT, "%.6f", t.score()));
        }
        w.println(b);
    }
}
