package org.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.core.Article;
import org.khabar.eval.SharedData;

/**
 * The full ANT corpus through {@link ImportReader}: counts, URL identity, same-URL groups.
 * Run: {@code mvn -q -B -o test -Dgroups=eval -DexcludedGroups=none -Dtest=AntCorpusEvalTest}
 */
@Tag("eval")
class AntCorpusEvalTest {

    private static final List<ImportItem.Parsed> parsed = new ArrayList<>();
    private static final List<ImportItem.Rejected> rejected = new ArrayList<>();
    private static Path antFile;

    @BeforeAll
    static void readAll() throws Exception {
        antFile = SharedData.require("data/ant/ant-v2.1.jsonl.gz");
        assertThat(ImportFormat.detect(antFile)).isEqualTo(ImportFormat.ANT_JSONL);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try (ImportReader r = ImportReader.open(antFile, Optional.empty())) {
            while (r.hasNext()) {
                ImportItem item = r.next();
                if (item instanceof ImportItem.Parsed p) {
                    parsed.add(p);
                } else {
                    rejected.add((ImportItem.Rejected) item);
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        int total = parsed.size() + rejected.size();
        System.out.printf("ANT: %d records (%d parsed, %d rejected) in %.2f s wall = %.0f records/s;"
                + " %.2f s CPU = %.0f records/s per core%n", total, parsed.size(), rejected.size(), secs,
                total / secs, cpu, total / cpu);
        rejected.forEach(x -> System.out.println("  rejected " + x));
    }

    @Test
    void everyRecordIsReadAndNoneRejected() {
        // the two empty-body records have titles, so nothing in ANT is bad by the rules
        assertThat(parsed.size() + rejected.size()).isEqualTo(31_525);
        assertThat(rejected).isEmpty();
        assertThat(parsed).allSatisfy(p -> assertThat(p.article().published()).isNotNull());
    }

    @Test
    void distinctUrlStringsAndCanonicalUrls() throws IOException {
        Set<String> raw = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(antFile)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                raw.add(json.readTree(line).get("url").asText());
            }
        }
        Set<String> canonical = new HashSet<>();
        parsed.forEach(p -> canonical.add(p.article().url()));
        System.out.printf("ANT: %d distinct URL strings, %d distinct canonical URLs%n", raw.size(), canonical.size());
        assertThat(raw).hasSize(30_338);
        assertThat(canonical).hasSize(30_179);
    }

    @Test
    void sameUrlGoldGroupsCollapseToOneCanonicalUrl() throws IOException {
        Map<String, String> urlByFile = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(antFile)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                urlByFile.put(n.get("file").asText(), n.get("docno").asText());
            }
        }
        Map<String, String> canonicalByDocno = new HashMap<>();
        parsed.forEach(p -> canonicalByDocno.put(p.article().externalId(), p.article().url()));
        int groups = 0;
        for (String line : Files.readAllLines(SharedData.require("data/ant/derived/same_url_groups.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Set<String> urls = new HashSet<>();
            for (String file : f[2].split(" ")) {
                urls.add(canonicalByDocno.get(urlByFile.get(file)));
            }
            assertThat(urls).as("group %s", f[0]).hasSize(1).doesNotContainNull();
            assertThat(urls.iterator().next()).isEqualTo(CanonicalUrl.of(f[0]));
            groups++;
        }
        assertThat(groups).isEqualTo(1_180);
    }

    @Test
    void firstRecordOfAGroupIsTheOneTheStoreKeeps() {
        Map<String, Article> first = new LinkedHashMap<>();
        int duplicates = 0;
        for (ImportItem.Parsed p : parsed) {
            if (first.putIfAbsent(p.article().url(), p.article()) != null) {
                duplicates++;
            }
        }
        // 31,525 records - 30,179 canonical URLs
        assertThat(duplicates).isEqualTo(31_525 - 30_179);
        assertThat(first.get(CanonicalUrl.of(
                "http://www.france24.com/ar/20180629-مونديال-2018-مرحلة-المجموعات-أرقام")).externalId())
                .isEqualTo("FR-internationalNews-2077-20180629");
    }

    @Test
    void theTwoEmptyBodyRecordsShareOneUrlAndAreKeptForTheirTitle() {
        List<Article> empty = parsed.stream().map(ImportItem.Parsed::article).filter(a -> a.body().isEmpty()).toList();
        assertThat(empty).hasSize(2);
        assertThat(empty.get(0).url()).isEqualTo(empty.get(1).url());
        assertThat(empty).allSatisfy(a -> assertThat(a.title()).isNotBlank());
    }

    @Test
    void groupsWhoseTextsDifferAreCounted() {
        // the first record of each group is kept; this measures how many groups that choice matters for
        Map<String, Set<String>> bodies = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        parsed.forEach(p -> {
            bodies.computeIfAbsent(p.article().url(), k -> new HashSet<>()).add(p.article().body());
            sizes.merge(p.article().url(), 1, Integer::sum);
        });
        long groups = sizes.values().stream().filter(n -> n > 1).count();
        long differing = bodies.values().stream().filter(b -> b.size() > 1).count();
        System.out.printf("ANT: %d same-canonical-URL groups, %d with differing bodies%n", groups, differing);
        // 1,180 groups of identical URL strings + 159 URLs present under both http and https (no overlap)
        assertThat(groups).isEqualTo(1_180 + 159);
        // raw texts differ in 63 identical-URL groups + 3 http/https pairs = 66; in 2 of them only by whitespace,
        // which PlainText normalises, so 64 groups hold genuinely different bodies
        assertThat(differing).isEqualTo(64);
    }

    @Test
    void sourcesAreNormalisedAndKnown() {
        Set<String> sources = new HashSet<>();
        parsed.forEach(p -> sources.add(p.article().sourceId()));
        assertThat(sources).containsExactlyInAnyOrder("alarabiya", "bbc", "cnn", "france24", "skynews");
        assertThat(sources).allSatisfy(s -> assertThat(CorpusOutlets.source(s)).isPresent());
    }
}
