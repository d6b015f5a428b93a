package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.Backends;
import org.khabar.app.DataDirLock;
import org.khabar.app.Khabar;

/** {@code khabar tags …} on a real data folder filled by {@code khabar import}. */
class TagsCommandTest {
    @TempDir
    Path dir;

    private static final String[][] ARTICLES = {
            {"الناتو يزيد إمدادات الأسلحة إلى كييف", "قال حلف شمال الأطلسي إنه سيزيد إمدادات الأسلحة إلى كييف في الصراع مع روسيا."},
            {"موسكو تحذر الناتو من تسليح كييف", "حذرت الخارجية الروسية حلف شمال الأطلسي من إرسال الأسلحة إلى كييف وقالت إن ذلك يطيل الصراع."},
            {"كييف تتسلم دفعة أسلحة جديدة من الناتو", "تسلمت القوات الأوكرانية في كييف أسلحة جديدة من دول حلف شمال الأطلسي بعد تحذيرات روسية."}};

    private Path imported() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARTICLES.length; i++) {
            lines.append(String.format("{\"url\":\"https://news.example/%d\",\"source\":\"bbc\",\"title\":\"%s\","
                    + "\"published\":\"2018-02-1%dT10:00:00Z\",\"body\":\"%s\"}%n", i, ARTICLES[i][0], i, ARTICLES[i][1]));
        }
        Path file = Files.writeString(dir.resolve("in.jsonl"), lines.toString());
        Path data = dir.resolve("data");
        assertThat(CliRun.of("import", "--data", data.toString(), file.toString()).code()).isZero();
        return data;
    }

    private static long listed(Path data, String label) {
        try (Khabar k = Backends.openEmbedded(data)) {
            return k.byTag(label, 0, 10).total();
        }
    }

    @Test
    void anOperatorRulesOutAndMergesTagsFromTheShellAndTakesThemBack() throws Exception {
        Path data = imported();
        String d = data.toString();
        long kyiv = listed(data, "كييف");
        assertThat(kyiv).isPositive();

        CliRun merge = CliRun.of("tags", "merge", "كييف", "--into", "أوكرانيا", "--data", d);
        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(merge.out()).contains(kyiv + " articles changed");
        assertThat(listed(data, "أوكرانيا")).isEqualTo(listed(data, "كييف")).isGreaterThanOrEqualTo(kyiv);
        CliRun block = CliRun.of("tags", "block", "الصراع", "--data", d);
        assertThat(block.code()).as(block.err()).isZero();
        assertThat(listed(data, "الصراع")).isZero();
        assertThat(CliRun.of("tags", "list", "--data", d).out()).contains("ruled out\tالصراع")
                .contains("merged\tكييف\t→\tأوكرانيا");

        assertThat(CliRun.of("tags", "unmerge", "كييف", "--data", d).code()).isZero();
        assertThat(listed(data, "كييف")).isEqualTo(kyiv);
        CliRun again = CliRun.of("tags", "unmerge", "كييف", "--data", d);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("was not merged");
        assertThat(CliRun.of("tags", "unblock", "الصراع", "--data", d).code()).isZero();
        assertThat(CliRun.of("tags", "list", "--data", d).out()).contains("no decisions");
    }

    @Test
    void badInputGetsAClearErrorAndChangesNothing() throws Exception {
        Path data = imported();
        String d = data.toString();
        CliRun noWord = CliRun.of("tags", "block", "،؛", "--data", d);
        assertThat(noWord.code()).isEqualTo(2);
        assertThat(noWord.err()).contains("has no word");
        CliRun same = CliRun.of("tags", "merge", "حلف شمال الأطلسي", "--into", "الناتو", "--data", d);
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("one tag already");
        assertThat(CliRun.of("tags", "merge", "كييف", "--data", d).code()).as("--into is required").isEqualTo(2);
        assertThat(CliRun.of("tags", "--data", d).code()).isEqualTo(2);
        assertThat(CliRun.of("tags", "list", "--data", d).out()).contains("no decisions");

        try (DataDirLock held = DataDirLock.acquire(data, "a portal")) {
            CliRun locked = CliRun.of("tags", "block", "كييف", "--data", d);
            assertThat(locked.code()).isNotZero();
            assertThat(locked.err()).contains("a portal");
        }
        assertThat(listed(data, "كييف")).isPositive();
    }
}
