package org.khabar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.BackendSpec;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the store and index are chosen: flags, then the config file, then the embedded pair in --data. */
class DataOptionTest {
    @TempDir
    Path dir;

    private static DataOption parse(String... args) {
        ReindexCommand cmd = new ReindexCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.data;
    }

    @Test
    void theEmbeddedPairInTheDataFolderStaysTheDefault() {
        DataOption d = parse("--data", dir.toString());
        assertThat(d.embeddedDefault()).isTrue();
        assertThat(d.storeSpec()).isEqualTo(new BackendSpec.SqliteStore(dir.toAbsolutePath().normalize()));
        assertThat(d.indexSpec()).isEqualTo(new BackendSpec.LuceneIndexSpec(dir.toAbsolutePath().normalize().resolve("index")));
    }

    @Test
    void flagsWinOverTheConfigFile() throws Exception {
        Path conf = Files.writeString(dir.resolve("khabar.properties"),
                "store=postgresql://db.example:5432/news\nindex=opensearch://os1:9200,os2:9200\n");
        DataOption fromFile = parse("--config", conf.toString());
        assertThat(fromFile.embeddedDefault()).isFalse();
        assertThat(fromFile.storeSpec()).isEqualTo(new BackendSpec.PostgresStore("postgresql://db.example:5432/news"));
        assertThat(fromFile.indexSpec()).isEqualTo(new BackendSpec.OpenSearchIndexSpec("http://os1:9200,http://os2:9200"));
        assertThat(fromFile.describe()).contains("postgresql://db.example:5432/news").contains("os2:9200");

        DataOption flags = parse("--config", conf.toString(), "--index", "lucene:" + dir.resolve("idx"));
        assertThat(flags.indexSpec()).isEqualTo(new BackendSpec.LuceneIndexSpec(dir.resolve("idx")));
        assertThat(flags.storeSpec()).isInstanceOf(BackendSpec.PostgresStore.class);
    }

    @Test
    void aBadConfigFileIsAClearError() throws Exception {
        Path conf = Files.writeString(dir.resolve("bad.properties"), "stor=sqlite:/x\n");
        assertThatThrownBy(() -> parse("--config", conf.toString()).storeSpec())
                .hasMessageContaining("unknown key 'stor'");
        assertThatThrownBy(() -> parse("--config", dir.resolve("missing").toString()).storeSpec())
                .hasMessageContaining("cannot read config file");
        assertThatThrownBy(() -> parse("--store", "mysql://x").storeSpec()).hasMessageContaining("unknown store");
    }
}
