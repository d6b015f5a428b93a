package org.khabar.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.index.SearchQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackendSpecTest {

    @Test
    void parsesEveryStoreAndIndexForm() {
        assertThat(BackendSpec.store("sqlite:/data/k")).isEqualTo(new BackendSpec.SqliteStore(Path.of("/data/k")));
        assertThat(BackendSpec.store("postgresql://db.example:5433/khabar"))
                .isEqualTo(new BackendSpec.PostgresStore("postgresql://db.example:5433/khabar"));
        assertThat(BackendSpec.index("lucene:idx")).isEqualTo(new BackendSpec.LuceneIndexSpec(Path.of("idx")));
        assertThat(BackendSpec.index("opensearch://a:9201, b:9202,,c:9203"))
                .isEqualTo(new BackendSpec.OpenSearchIndexSpec("http://a:9201,http://b:9202,http://c:9203"));
    }

    @Test
    void rejectsUnknownOrEmptyFormsWithTheAcceptedOnes() {
        assertThatThrownBy(() -> BackendSpec.store("mysql://x")).hasMessageContaining("sqlite:DIR or postgresql://");
        assertThatThrownBy(() -> BackendSpec.store("sqlite:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackendSpec.index("elastic://x")).hasMessageContaining("lucene:DIR or opensearch://");
        assertThatThrownBy(() -> BackendSpec.index("opensearch://,")).hasMessageContaining("no OpenSearch node");
        assertThatThrownBy(() -> BackendSpec.index("opensearch://a:1/../x?y")).hasMessageContaining("bad OpenSearch option");
        assertThatThrownBy(() -> BackendSpec.index("opensearch://a:1/../x")).hasMessageContaining("bad OpenSearch alias");
        assertThatThrownBy(() -> BackendSpec.index("opensearch://a b:1")).hasMessageContaining("bad OpenSearch node");
        assertThatThrownBy(() -> BackendSpec.index("opensearch://a:1?shards=0")).hasMessageContaining("shards");
        assertThat(BackendSpec.index("opensearch://a:9201,b:9202/news-ar?shards=3&replicas=1"))
                .isEqualTo(new BackendSpec.OpenSearchIndexSpec("http://a:9201,http://b:9202", "news-ar", 3, 1));
    }

    @Test
    void postgresCredentialsComeFromTheEnvironmentNotTheSpec() {
        var cfg = org.khabar.store.postgres.PostgresConfig.fromSpec("postgresql://h:5433/k",
                Map.of("KHABAR_PG_USER", "u", "KHABAR_PG_PASSWORD", "secret"));
        assertThat(cfg.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5433/k");
        assertThat(cfg.user()).isEqualTo("u");
        assertThat(cfg.toString()).doesNotContain("secret");
    }

    @Test
    void opensAnEmbeddedPairFromSpecs(@TempDir Path dir) {
        try (Khabar k = SelectedBackends.open(BackendSpec.store("sqlite:" + dir.resolve("db")),
                BackendSpec.index("lucene:" + dir.resolve("idx")), Clock.systemUTC(), Map.of())) {
            long id = k.store().insert(Article.draft("https://x.example/1", "s", null, "أسعار النفط",
                    Instant.parse("2024-01-01T00:00:00Z"), null, null, "ارتفعت أسعار النفط", null)).id();
            k.index().index(k.store().get(id).orElseThrow());
            k.index().commit();
            assertThat(k.index().search(SearchQuery.text("النفط", 0, 5)).total()).isEqualTo(1);
        }
        assertThat(Files.exists(dir.resolve("db").resolve("khabar.db"))).isTrue();
    }
}
