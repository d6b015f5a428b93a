package org.khabar.ingest.feed.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself, on a miniature suite written here (the real one is an eval test). */
class FeedparserSuiteTest {

    @TempDir
    Path dir;

    @Test
    void evaluatesSimpleFormsAndCountsTheRest() throws Exception {
        Files.createDirectories(dir.resolve("wellformed/rss"));
        Files.createDirectories(dir.resolve("wellformed/sanitize"));
        write("wellformed/rss/pass.xml", "not bozo and feed['title'] == u'Caf\\xe9 \\u0639'",
                "<rss version=\"2.0\"><channel><title>Café ع</title></channel></rss>");
        write("wellformed/rss/fail.xml", "not bozo and entries[0]['title'] == 'other'",
                "<rss version=\"2.0\"><channel><item><title>x</title></item></channel></rss>");
        write("wellformed/rss/complex.xml", "not bozo and len(entries) == 1",
                "<rss version=\"2.0\"><channel><item><title>x</title></item></channel></rss>");
        write("wellformed/sanitize/s.xml", "not bozo and entries[0]['description'] == '<b>safe</b>'",
                "<rss version=\"2.0\"><channel><item><description>&lt;b&gt;safe&lt;/b&gt;&lt;script&gt;x()&lt;/script&gt;"
                        + "</description></item></channel></rss>");
        FeedparserSuite suite = new FeedparserSuite(dir);
        Map<String, FeedparserSuite.Tally> t = suite.run();
        assertThat(t.get("wellformed").files).isEqualTo(3);
        assertThat(t.get("wellformed").simple).isEqualTo(2);
        assertThat(t.get("wellformed").simplePassed).isEqualTo(1);
        assertThat(t.get("wellformed/sanitize").simplePassed).isEqualTo(1);
        assertThat(FeedparserSuite.resolve(Map.of("feed", Map.of("a", List.of(Map.of("b", "v")))),
                "feed['a'][0].b")).isEqualTo("v");
        assertThat(PythonLiteral.decode("'a\\'b\\\\c\\n'")).isEqualTo("a'b\\c\n");
    }

    private void write(String rel, String expect, String body) throws Exception {
        Files.writeString(dir.resolve(rel), "<!--\nDescription: t\nExpect:      " + expect + "\n-->\n" + body,
                StandardCharsets.UTF_8);
    }
}
