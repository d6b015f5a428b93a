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
        antFile = SharedData.data("ant/ant-v2.1.jsonl.gz");
        assertThat(ImportFormat.detect(antFile)).isEqualTo(ImportFormat.ANT_JSONL);
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
        int total = parsed.size() + rejected.size();
        System.out.printf("ANT: %d records (%d parsed, %d rejected) in %.2f s = %.0f records/s%n",
                total, parsed.size(), rejected.size(), secs, total / secs);
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
        for (String line : Files.readAllLines(SharedData.data("ant/derived/same_url_groups.tsv"))) {
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
    void sourcesAreNormalisedAndKnown() {
        Set<String> sources = new HashSet<>();
        parsed.forEach(p -> sources.add(p.article().sourceId()));
        assertThat(sources).containsExactlyInAnyOrder("alarabiya", "bbc", "cnn", "france24", "skynews");
        assertThat(sources).allSatisfy(s -> assertThat(CorpusOutlets.source(s)).isPresent());
    }
}
