package org.khabar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.analyze.ArabicNormalizer;
import org.khabar.analyze.TextAnalyzer;
import org.khabar.analyze.TokenType;
import org.khabar.analyze.WordAnalyzer;

/** Lucene's own Arabic test cases (shared/peer/lucene-arabic/*.tsv) run through khabar's analysis. */
@Tag("eval")
class LuceneArabicCasesEvalTest {

    /**
     * Cases where khabar deliberately differs from Lucene, with the reason. Only these are skipped.
     * stem.tsv "English": Lucene's stem filter alone leaves case; khabar folds Latin to lower case for matching
     * (NATO and nato are one tag and one search term).
     */
    private static final Map<String, String> DELIBERATE = Map.of(
            "stem.tsv:English", "Latin words are lower-cased for matching (NATO = nato)");

    private static List<String[]> cases(String file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(AnalyzeEvalData.shared().resolve("peer/lucene-arabic/" + file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            out.add(new String[] {p[0], p.length > 1 ? p[1] : ""});
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    @Test
    void normalizationCases() throws IOException {
        for (String[] c : cases("normalization.tsv")) {
            assertThat(ArabicNormalizer.fold(ArabicNormalizer.normalize(c[0]))).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void stemCases() throws IOException {
        WordAnalyzer wa = new WordAnalyzer();
        int checked = 0;
        for (String[] c : cases("stem.tsv")) {
            if (DELIBERATE.containsKey("stem.tsv:" + c[0])) {
                continue;
            }
            TokenType type = Character.isLetter(c[0].charAt(0)) && c[0].charAt(0) < 0x600 ? TokenType.LATIN : TokenType.ARABIC;
            assertThat(wa.analyze(c[0], type).key()).as(c[0]).isEqualTo(c[1]);
            checked++;
        }
        assertThat(checked).isEqualTo(cases("stem.tsv").size() - 1);
    }

    @Test
    void analyzerCases() throws IOException {
        TextAnalyzer ta = new TextAnalyzer();
        for (String[] c : cases("analyzer.tsv")) {
            assertThat(String.join(" ", ta.tokens(c[0]))).as(c[0]).isEqualTo(c[1]);
        }
    }
}
