package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.Backends;
import org.khabar.app.Khabar;

/** {@code khabar similar ID} and {@code khabar reindex} on a real data folder filled by {@code khabar import}. */
class SimilarAndReindexCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String[][] ARTICLES = {
            {"الناتو يزيد إمدادات الأسلحة إلى كييف", "قال حلف شمال الأطلسي إنه سيزيد إمدادات الأسلحة إلى كييف في الصراع مع روسيا."},
            {"موسكو تحذر الناتو من تسليح كييف", "حذرت الخارجية الروسية حلف شمال الأطلسي من إرسال الأسلحة إلى كييف وقالت إن ذلك يطيل الصراع."},
            {"كييف تتسلم دفعة أسلحة جديدة من الناتو", "تسلمت القوات الأوكرانية في كييف أسلحة جديدة من دول حلف شمال الأطلسي بعد تحذيرات روسية."},
            {"الهلال يفوز على النصر في الديربي", "فاز فريق الهلال على النصر بهدفين في مباراة الديربي ضمن الدوري السعودي لكرة القدم."},
            {"النصر يتعاقد مع حارس جديد", "أعلن نادي النصر التعاقد مع حارس مرمى جديد استعدادا للموسم المقبل من الدوري السعودي."},
            {"ارتفاع أسعار النفط بعد قرار أوبك", "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج لدعم الأسعار."}};

    /** A month apart: no two reports fall into one story, so each can list the others. */
    private Path imported() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARTICLES.length; i++) {
            lines.append(String.format("{\"url\":\"https://news.example/%d\",\"source\":\"%s\",\"title\":\"%s\","
                            + "\"published\":\"2018-%02d-10T10:00:00Z\",\"body\":\"%s\"}%n",
                    i, i % 2 == 0 ? "bbc" : "cnn", ARTICLES[i][0], i + 1, ARTICLES[i][1]));
        }
        Path file = Files.writeString(dir.resolve("in.jsonl"), lines.toString());
        Path data = dir.resolve("data");
        assertThat(run("import", "--data", data.toString(), file.toString()).code()).isZero();
        return data;
    }

    private Set<Long> ids(Path data) {
        Set<Long> ids = new HashSet<>();
        try (Khabar k = Backends.openEmbedded(data)) {
            k.store().batchAfter(0, 100).forEach(a -> ids.add(a.id()));
        }
        return ids;
    }

    @Test
    void similarPrintsReadAlsoAndAListWithoutTheArticleItself() throws Exception {
        Path data = imported();
        long first = ids(data).stream().mapToLong(Long::longValue).min().orElseThrow();
        CliRun r = run("similar", "--data", data.toString(), Long.toString(first));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("id").asLong()).isEqualTo(first);
        assertThat(json.get("readAlso").isNull()).isFalse();
        Set<Long> listed = new HashSet<>();
        listed.add(json.get("readAlso").get("id").asLong());
        json.get("similar").forEach(s -> assertThat(listed.add(s.get("id").asLong())).as("repeated %s", s).isTrue());
        assertThat(listed).doesNotContain(first);
        // the two other NATO–Kyiv reports are the closest: one is "read also"
        assertThat(json.get("readAlso").get("title").asText()).containsAnyOf("كييف", "الناتو");
    }

    @Test
    void anUnknownIdIsAClearErrorAndANonNumberIsAUsageError() throws Exception {
        Path data = imported();
        CliRun unknown = run("similar", "--data", data.toString(), "999999");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no article with id 999999");
        CliRun notANumber = run("similar", "--data", data.toString(), "abc");
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.err()).contains("abc");
    }

    @Test
    void reindexRebuildsTheIndexFromTheStore() throws Exception {
        Path data = imported();
        CliRun r = run("reindex", "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("indexed 6 canonical articles of 6 stored");
        CliRun similar = run("similar", "--data", data.toString(), Long.toString(ids(data).iterator().next()));
        assertThat(similar.code()).isZero();
        assertThat(new ObjectMapper().readTree(similar.out()).get("similar").size()).isPositive();
    }
}
