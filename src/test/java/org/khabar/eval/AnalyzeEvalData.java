package org.khabar.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.khabar.analyze.MemoryCorpusStats;

/** Shared data for the analysis evaluation suite, and ANT corpus statistics built once per JVM. */
final class AnalyzeEvalData {

    private static MemoryCorpusStats ant;

    private AnalyzeEvalData() {
    }

    static Path shared() {
        return SharedData.root();
    }

    static Path antFile() {
        return shared().resolve("data/ant/ant-v2.1.jsonl.gz");
    }

    static Path akec() {
        return shared().resolve("data/akec-train");
    }

    /** ANT statistics; with -Dkhabar.statsCache=FILE they are read from / written to that file. */
    static synchronized MemoryCorpusStats antStats() throws IOException {
        if (ant == null) {
            String cache = System.getProperty("khabar.statsCache");
            if (cache != null && Files.exists(Path.of(cache))) {
                ant = MemoryCorpusStats.load(Path.of(cache));
            } else {
                ant = EvalCommand.loadCorpus(antFile(), 0);
                if (cache != null) {
                    ant.save(Path.of(cache));
                }
            }
        }
        return ant;
    }
}
