package org.khabar.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;
import org.khabar.dedup.TemplateSlotsTest;
import org.khabar.ingest.CanonicalUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded default, the dedup stage reads stored bodies: the same royal cable to two countries stays two
 * articles, while an outlet's edited copy of one of them is folded into it.
 */
class TemplatedReleasesTest {

    @Test
    void aCableToAnotherCountryIsListedAndAnEditedCopyIsFolded(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("cables.jsonl");
        ObjectMapper json = new ObjectMapper();
        String copy = "الرياض - واس: " + TemplateSlotsTest.CABLE.replace("بعث", "أرسل") + "\nرابط الخبر بصحيفة الرياض";
        Files.write(file, List.of(
                json.writeValueAsString(record("https://was.example/1", "was", "برقية إلى سنغافورة", "2015-08-09T08:00:00Z",
                        TemplateSlotsTest.CABLE)),
                json.writeValueAsString(record("https://was.example/2", "was", "برقية إلى تشاد", "2015-08-09T09:00:00Z",
                        TemplateSlotsTest.CABLE_TO_CHAD)),
                json.writeValueAsString(record("https://okaz.example/3", "okaz", "القيادة تهنئ سنغافورة",
                        "2015-08-09T10:00:00Z", copy))));
        try (Khabar khabar = Backends.openEmbedded(tmp.resolve("data"))) {
            new BulkImport(khabar).run(List.of(file), Optional.empty(), line -> { }, n -> { });
            Article singapore = byUrl(khabar, "https://was.example/1");
            Article chad = byUrl(khabar, "https://was.example/2");
            Article okaz = byUrl(khabar, "https://okaz.example/3");
            assertThat(chad.duplicateOf()).isNull();
            assertThat(singapore.duplicateOf()).isNull();
            assertThat(okaz.duplicateOf()).isEqualTo(singapore.id());
        }
    }

    private static Article byUrl(Khabar khabar, String url) {
        return khabar.store().byUrl(CanonicalUrl.of(url)).orElseThrow();
    }

    private static Map<String, Object> record(String url, String source, String title, String published, String body) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("url", url);
        rec.put("source", source);
        rec.put("title", title);
        rec.put("published", published);
        rec.put("author", "");
        rec.put("summary", "");
        rec.put("body", body);
        return rec;
    }
}
