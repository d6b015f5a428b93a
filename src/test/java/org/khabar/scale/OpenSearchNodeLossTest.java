package org.khabar.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.analyze.KhabarAnalyzer;
import org.khabar.core.Article;
import org.khabar.index.opensearch.OpenSearchIndex;
import org.khabar.testing.FixtureCorpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One of the 3 OpenSearch nodes is killed (SIGKILL) while articles are being indexed into an index with 3 shards and
 * 1 replica. Indexing goes on through the other nodes (the client fails over, replicas are promoted), and afterwards
 * every article is in the index: the count and the set of ids are checked. The node is restarted at the end.
 */
@Tag("cluster")
class OpenSearchNodeLossTest {
    static final int ARTICLES = 400;
    static final String ALIAS = "khabar-nodeloss-test";

    @TempDir
    Path dir;

    @Test
    void killingOneNodeDuringIngestLosesNoArticle() throws Exception {
        ClusterEnv.openSearch("DELETE", "/" + ALIAS + "*");
        List<Article> articles = articles(FixtureCorpus.write(dir.resolve("a.jsonl"), ARTICLES, 17));
        Path pidFile = ClusterEnv.ops().resolve("opensearch/dist/node-3/opensearch.pid");
        assertThat(pidFile).as("node 3 of the cluster runs (ops/test-cluster.sh)").exists();
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        try (OpenSearchIndex index = OpenSearchIndex.open(ClusterEnv.openSearchHttp().stream()
                .collect(Collectors.joining(",")), ALIAS, new KhabarAnalyzer(), 3, 1)) {
            ClusterEnv.openSearch("GET", "/_cluster/health/" + ALIAS + "?wait_for_status=green&timeout=60s");
            for (int i = 0; i < articles.size(); i++) {
                if (i == ARTICLES / 3) {
                    ProcessHandle node = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node 3 not running"));
                    node.destroyForcibly();
                    node.onExit().get();
                }
                index.index(articles.get(i));
                if (i % 50 == 49) index.commit();
            }
            index.commit();
            assertThat(index.count()).isEqualTo(ARTICLES);
            JsonNode hits = new ObjectMapper().readTree(ClusterEnv.openSearch("GET",
                    "/" + ALIAS + "/_search?size=" + (ARTICLES + 10) + "&_source=false")).path("hits").path("hits");
            Set<Long> ids = new HashSet<>();
            for (JsonNode h : hits) ids.add(Long.parseLong(h.path("_id").asText()));
            Set<Long> expected = LongStream.rangeClosed(1, ARTICLES).boxed().collect(Collectors.toSet());
            assertThat(ids).isEqualTo(expected);
        } finally {
            ClusterEnv.runOps("opensearch/start-node.sh", "3", "9203", "9303", "cluster");
            ClusterEnv.openSearch("GET", "/_cluster/health?wait_for_nodes=3&wait_for_status=green&timeout=120s");
            ClusterEnv.openSearch("DELETE", "/" + ALIAS + "*");
        }
    }

    static List<Article> articles(Path jsonl) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(jsonl);
        java.util.ArrayList<Article> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode r = json.readTree(lines.get(i));
            out.add(Article.draft(r.get("url").asText(), r.get("source").asText(), null, r.get("title").asText(),
                    Instant.parse(r.get("published").asText()), null, r.get("summary").asText(),
                    r.get("body").asText(), null).withId(i + 1));
        }
        return out;
    }
}
