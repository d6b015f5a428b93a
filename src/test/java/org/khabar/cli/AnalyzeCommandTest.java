package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khabar analyze}: JSON on stdin, tokens and tags on stdout, a clear error for bad input. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String stdin) {
        return CliRun.withInput(stdin, "analyze", "--data", dir.resolve("data").toString());
    }

    @Test
    void printsNormalizedTokensAndTheArticlesTags() throws Exception {
        String body = "قالت وزارة الخارجية الروسية إن حلف شمال الأطلسي يزيد إمدادات الأسلحة إلى كييف. "
                + "وحذرت موسكو الناتو من أن الأسلحة تطيل الصراع. ودعت الخارجية الروسية إلى وقف إمدادات الأسلحة.";
        CliRun r = run("{\"title\":\"الخارجية الروسية تحذر الناتو من إمدادات الأسلحة\",\"text\":\"" + body + "\"}");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        // normalized and light-stemmed: ال and plural endings off, أ/إ folded, stopwords (إن، إلى) dropped
        assertThat(json.get("tokens").toString()).contains("\"ناتو\"", "\"امداد\"", "\"كييف\"")
                .doesNotContain("إمدادات", "\"الى\"", "\"ان\"");
        JsonNode tags = json.get("tags");
        assertThat(tags.size()).isBetween(1, 8);
        assertThat(tags.get(0).get("label").asText()).isNotBlank();
        assertThat(tags.get(0).get("score").asDouble()).isPositive();
        assertThat(json.get("ranked").size()).isGreaterThanOrEqualTo(tags.size()).isLessThanOrEqualTo(10);
        assertThat(json.get("corpusDocuments").asLong()).isZero();
    }

    @Test
    void badInputIsAClearErrorNotACrash() {
        CliRun notJson = run("title: not json");
        assertThat(notJson.code()).isEqualTo(2);
        assertThat(notJson.err()).contains("not JSON");
        CliRun array = run("[1,2]");
        assertThat(array.code()).isEqualTo(2);
        assertThat(array.err()).contains("expected a JSON object");
    }

    @Test
    void emptyTextGivesNoTagsAndNoError() throws Exception {
        CliRun r = run("{\"title\":\"\",\"text\":\"\"}");
        assertThat(r.code()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("tags").size()).isZero();
    }
}
