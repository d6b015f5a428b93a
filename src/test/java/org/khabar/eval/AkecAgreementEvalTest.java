package org.khabar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.analyze.KeywordTagger;
import org.khabar.analyze.MemoryCorpusStats;

/** khabar vs the TF-IDF baseline on AKEC train, and the Java scorer against the reference Python scorer. */
@Tag("eval")
class AkecAgreementEvalTest {

    @TempDir
    Path tmp;

    @Test
    void javaAndPythonScorersAgreeAndKhabarBeatsTheBaseline() throws Exception {
        Path akec = AnalyzeEvalData.akec();
        MemoryCorpusStats stats = AnalyzeEvalData.antStats();
        List<String> ids = KeywordsEval.ids(akec, null);
        KeywordsEval.Result r = KeywordsEval.run(akec, ids, stats, new KeywordTagger(stats));
        System.out.print(KeywordsEval.table(r.khabarScores(), r.baselineScores()));
        Path kFile = tmp.resolve("khabar.jsonl");
        Path bFile = tmp.resolve("baseline.jsonl");
        KeywordsEval.writeJsonl(kFile, r.khabar());
        KeywordsEval.writeJsonl(bFile, r.baseline());
        assertAgrees(python(akec, kFile), r.khabarScores());
        assertAgrees(python(akec, bFile), r.baselineScores());
        assertThat(r.khabarScores().get("F1@10")).isGreaterThan(r.baselineScores().get("F1@10"));
        assertThat(r.khabarScores().get("A@5")).isGreaterThan(r.baselineScores().get("A@5"));
    }

    private static void assertAgrees(Map<String, Double> python, Map<String, Double> java) {
        for (String m : AkecScorer.METRICS) {
            assertThat(String.format("%.3f", java.get(m))).as(m).isEqualTo(String.format("%.3f", python.get(m)));
        }
    }

    private static Map<String, Double> python(Path akec, Path pred) throws Exception {
        Process p = new ProcessBuilder("python3", AnalyzeEvalData.shared().resolve("eval/akec_score.py").toString(),
                "--gold", akec.toString(), "--pred", pred.toString(), "--ids", akec.resolve("train.ids").toString())
                .redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                last = line;
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(last).isZero();
        String[] f = last.trim().split(" ");
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < f.length; i += 2) {
            out.put(f[i], Double.parseDouble(f[i + 1]));
        }
        return out;
    }
}
