package org.khabar.eval;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared {@code --ant} of {@code bench analyze} and {@code eval tags-dump}, each keeping its own --limit. */
class AntCorpusOptionTest {

    private static Path sample() throws Exception {
        return Path.of(AntCorpusOptionTest.class.getResource("/org/khabar/ingest/ant-sample.jsonl.gz").toURI());
    }

    @Test
    void eachCommandKeepsItsOwnLimitDefault() throws Exception {
        AnalyzeBench bench = new AnalyzeBench();
        new CommandLine(bench).parseArgs("--ant", sample().toString());
        TagsDump dump = new TagsDump();
        new CommandLine(dump).parseArgs("--ant", sample().toString(), "--out", "tags.txt");

        assertThat(bench.limit).isEqualTo(5000);
        assertThat(dump.limit).isEqualTo(3000);
        assertThat(bench.corpus.ant).isEqualTo(sample());
        assertThat(dump.corpus.ant).isEqualTo(sample());
    }

    @Test
    void antIsRequired() {
        assertThatThrownBy(() -> new CommandLine(new AnalyzeBench()).parseArgs("--limit", "10"))
                .isInstanceOf(CommandLine.MissingParameterException.class)
                .hasMessageContaining("--ant");
    }

    @Test
    void titlesAndBodiesAreTheFirstArticlesInCorpusOrder() throws Exception {
        TagsDump dump = new TagsDump();
        new CommandLine(dump).parseArgs("--ant", sample().toString(), "--out", "tags.txt");

        List<String[]> two = dump.corpus.titlesAndBodies(2);
        assertThat(two).hasSize(2);
        assertThat(two.get(0)[0]).isEqualTo("عنوان تجريبي أول");
        assertThat(two.get(0)[1]).startsWith("فقرة أولى.");
        assertThat(dump.corpus.titlesAndBodies(0)).hasSizeGreaterThan(2);
    }
}
