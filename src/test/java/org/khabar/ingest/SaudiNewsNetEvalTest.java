package org.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.core.Article;
import org.khabar.eval.SharedData;

/**
 * All SaudiNewsNet zips through {@link ImportReader}, checked against derived/index.tsv and the duplicate gold.
 * Run: {@code mvn -q -B -o test -Dgroups=eval -DexcludedGroups=none -Dtest=SaudiNewsNetEvalTest}
 */
@Tag("eval")
class SaudiNewsNetEvalTest {

    private static final Map<String, Article> byId = new HashMap<>();
    private static final List<ImportItem.Rejected> rejected = new ArrayList<>();
    private static int zips;

    @BeforeAll
    static void readAll() throws Exception {
        Path dir = SharedData.require("data/saudinewsnet/zips");
        try (Stream<Path> s = Files.list(dir)) {
            zips = (int) s.filter(p -> p.toString().endsWith(".zip")).count();
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int total = 0;
        try (ImportReader r = ImportReader.open(dir, Optional.empty())) {
            while (r.hasNext()) {
                ImportItem item = r.next();
                total++;
                if (item instanceof ImportItem.Parsed p) {
                    assertThat(byId.put(p.article().externalId(), p.article())).isNull();
                } else {
                    rejected.add((ImportItem.Rejected) item);
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("SaudiNewsNet: %d zips, %d records (%d parsed, %d rejected) in %.2f s wall = %.0f records/s;"
                + " %.2f s CPU = %.0f records/s per core%n", zips, total, byId.size(), rejected.size(), secs,
                total / secs, cpu, total / cpu);
        Map<String, Integer> reasons = new HashMap<>();
        rejected.forEach(x -> reasons.merge(x.reason(), 1, Integer::sum));
        System.out.println("  rejections by reason: " + reasons);
        rejected.stream().limit(5).forEach(x -> System.out.println("  e.g. " + x));
    }

    private static List<String[]> index() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("data/saudinewsnet/derived/index.tsv"))) {
            if (!line.startsWith("id\t") && !line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    @Test
    void allZipsReadAndEveryIndexedArticleIsParsedOrRejectedForARealReason() throws IOException {
        assertThat(zips).isEqualTo(18);
        List<String[]> index = index();
        assertThat(index).hasSize(31_030);
        assertThat(byId.size() + rejected.size()).isEqualTo(index.size());
        Set<String> parsedIds = byId.keySet();
        Set<String> expectedRejected = blankTitleAndContentIds();
        List<String> wrong = new ArrayList<>();
        for (String[] row : index) {
            // plain set look-ups: AssertJ's contains() on a set iterates, which is quadratic here
            if (expectedRejected.contains(row[0]) == parsedIds.contains(row[0])) {
                wrong.add(row[0]);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(rejected).hasSize(expectedRejected.size())
                .allSatisfy(x -> assertThat(x.reason()).isEqualTo("missing title and body"));
    }

    /** Read independently of ImportReader: records whose title and content are both blank. */
    private static Set<String> blankTitleAndContentIds() throws IOException {
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> s = Files.list(SharedData.require("data/saudinewsnet/zips"))) {
            for (Path zip : s.sorted().toList()) {
                try (ZipFile z = new ZipFile(zip.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(z.entries())) {
                        JsonNode array = json.readTree(z.getInputStream(e));
                        for (int i = 0; i < array.size(); i++) {
                            JsonNode r = array.get(i);
                            if (r.get("title").asText().isBlank() && r.get("content").asText().isBlank()) {
                                ids.add(e.getName() + "#" + i);
                            }
                        }
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void externalIdsMatchTheIndexAndDatesAreRiyadhTime() throws IOException {
        for (String[] row : index()) {
            Article a = byId.get(row[0]);
            if (a == null) {
                continue;
            }
            assertThat(a.url()).isEqualTo(CanonicalUrl.of(row[3]));
            assertThat(a.sourceId()).isEqualTo(CorpusOutlets.normaliseId(row[1]));
            // 2015-07-21 02:51:32 in Riyadh (UTC+3, no DST) is 2015-07-20T23:51:32Z
            assertThat(a.published()).isEqualTo(Instant.parse(row[2].replace(' ', 'T') + "Z").minusSeconds(3 * 3600));
        }
    }

    @Test
    void duplicateGoldIdsAllMapToArticles() throws IOException {
        int ids = 0;
        List<String> missing = new ArrayList<>();
        Path groups = SharedData.require("data/saudinewsnet/derived/exact_dup_content_groups.tsv");
        for (String line : Files.readAllLines(groups)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            for (String id : line.split("\t")[3].split(" ")) {
                if (!byId.containsKey(id)) {
                    missing.add(id);
                }
                ids++;
            }
        }
        assertThat(missing).isEmpty();
        assertThat(ids).isGreaterThan(707 * 2 - 1);
    }

    @Test
    void everySourceHasAnArabicOutletName() {
        Set<String> sources = new HashSet<>();
        byId.values().forEach(a -> sources.add(a.sourceId()));
        assertThat(sources).hasSize(14);
        assertThat(sources).allSatisfy(s -> assertThat(CorpusOutlets.source(s))
                .hasValueSatisfying(src -> assertThat(src.name()).containsPattern("\\p{InArabic}")));
    }

    @Test
    void urlsStayDistinctAndEntitiesAreDecoded() {
        Set<String> urls = new HashSet<>();
        byId.values().forEach(a -> urls.add(a.url()));
        assertThat(urls).hasSize(byId.size());
        assertThat(byId.values()).noneSatisfy(a -> assertThat(a.body() + a.title()).containsPattern("&(quot|nbsp|#8221);"));
    }
}
