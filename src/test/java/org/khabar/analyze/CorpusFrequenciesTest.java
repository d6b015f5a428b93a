package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusFrequenciesTest {
    @Test
    void idfIsExactForEverySmoothingConstantWhicheverIsAskedFirst() {
        Vocabulary vocabulary = new Vocabulary(new WordAnalyzer(), Lexicon.get());
        int id = vocabulary.of("روسيا", TokenType.ARABIC).keyId();
        String key = vocabulary.of("روسيا", TokenType.ARABIC).word().key();
        MemoryCorpusStats stats = new MemoryCorpusStats();
        for (int d = 0; d < 9; d++) stats.addDocument(d < 3 ? List.of(key, "other") : List.of("other"));
        CorpusFrequencies df = new CorpusFrequencies(stats);
        df.at(9, vocabulary);
        df.wantWord(id, key);
        df.fetch();
        assertThat(df.word(id)).isEqualTo(3);
        double atTwo = df.idf(id, 9, 2.0);
        double atOne = df.idf(id, 9, 1.0);
        assertThat(atTwo).isCloseTo(Math.log(1.0 + 10.0 / 5.0), within(1e-12));
        assertThat(atOne).isCloseTo(Math.log(1.0 + 10.0 / 4.0), within(1e-12));
        assertThat(df.idf(id, 9, 2.0)).isEqualTo(atTwo); // the k = 1 cache does not answer for another k
    }
}
