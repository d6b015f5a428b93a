package org.khabar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.Backends;
import org.khabar.app.Khabar;
import org.khabar.app.TagDrift;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code khabar import} on a real data folder: the import, then the retag once IDF has drifted far. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path twoArticles() throws Exception {
        String body = "قال حلف شمال الأطلسي إن كييف ستتسلم الأسلحة، وحذرت الخارجية الروسية من الصراع.";
        return Files.writeString(dir.resolve("in.jsonl"),
                "{\"url\":\"https://bbc.example/1\",\"source\":\"bbc\",\"title\":\"الناتو وكييف\",\"body\":\"" + body + "\"}\n"
                        + "{\"url\":\"https://bbc.example/2\",\"source\":\"bbc\",\"title\":\"الأسلحة لكييف\",\"body\":\"" + body + " ثانيا\"}\n");
    }

    /** A store whose statistics already count {@code n} documents, as after a large earlier import. */
    private Path dataCounting(long n) {
        Path data = dir.resolve("data");
        try (Khabar k = Backends.openEmbedded(data)) {
            for (long i = 0; i < n; i++) k.corpus().addDocument(List.of());
            k.corpus().flush();
        }
        return data;
    }

    private long retaggedAt(Path data) {
        try (Khabar k = Backends.openEmbedded(data)) {
            return k.corpus().retaggedAt();
        }
    }

    @Test
    void aSmallImportLeavesTheTagsAsIngested() throws Exception {
        Path data = dataCounting(0);
        CliRun r = run("import", "--data", data.toString(), twoArticles().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("imported 2").doesNotContain("retagged");
        assertThat(retaggedAt(data)).isZero();
    }

    @Test
    void anImportThatLeavesIdfDriftedFarRecomputesEveryArticlesTags() throws Exception {
        Path data = dataCounting(TagDrift.MIN_DOCUMENTS);
        CliRun r = run("import", "--data", data.toString(), twoArticles().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("imported 2").contains("of 2 articles against 1,002 documents");
        assertThat(retaggedAt(data)).isEqualTo(TagDrift.MIN_DOCUMENTS + 2);
    }

    @Test
    void noRetagSkipsIt() throws Exception {
        Path data = dataCounting(TagDrift.MIN_DOCUMENTS);
        CliRun r = run("import", "--no-retag", "--data", data.toString(), twoArticles().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("imported 2").doesNotContain("retagged");
        assertThat(retaggedAt(data)).isZero();
    }
}
