package org.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFormatTest {

    @TempDir
    Path dir;

    @Test
    void detectsKhabarJsonlEvenAfterABadFirstLine() throws Exception {
        Path f = dir.resolve("articles.txt");
        Files.writeString(f, "not json\n{\"url\":\"https://x.com/a\",\"source\":\"okaz\",\"title\":\"t\",\"body\":\"b\"}\n");
        assertThat(ImportFormat.detect(f)).isEqualTo(ImportFormat.KHABAR_JSONL);
    }

    @Test
    void detectsGzipByMagicNotByName() throws Exception {
        Path f = dir.resolve("no-extension");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("{\"docno\":\"BB-1\",\"url\":\"http://x.com\",\"abstract\":\"\",\"text\":\"t\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ImportFormat.detect(f)).isEqualTo(ImportFormat.ANT_JSONL);
        assertThat(ImportFormat.detect(TestFiles.resource("ant-sample.jsonl.gz"))).isEqualTo(ImportFormat.ANT_JSONL);
        assertThat(ImportFormat.detect(TestFiles.resource("khabar-sample.jsonl"))).isEqualTo(ImportFormat.KHABAR_JSONL);
    }

    @Test
    void detectsZipByMagic() throws Exception {
        Path f = TestFiles.saudiZip(dir.resolve("2015-07-21.bin"), "[]");
        assertThat(ImportFormat.detect(f)).isEqualTo(ImportFormat.SAUDINEWSNET_ZIP);
    }

    @Test
    void unknownOrMissingFilesAreOneClearError() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "id,title\n1,x\n");
        assertThatThrownBy(() -> ImportFormat.detect(csv)).isInstanceOf(ImportException.class)
                .hasMessageContaining("a.csv").hasMessageContaining("not a known import format");
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, "{\"name\":\"x\"}\n");
        assertThatThrownBy(() -> ImportFormat.detect(other)).hasMessageContaining("--format");
        assertThatThrownBy(() -> ImportFormat.detect(dir.resolve("missing.jsonl")))
                .isInstanceOf(ImportException.class).hasMessageContaining("no such file");
    }

    @Test
    void formatByName() {
        assertThat(ImportFormat.fromName("khabar")).isEqualTo(ImportFormat.KHABAR_JSONL);
        assertThat(ImportFormat.fromName("ANT")).isEqualTo(ImportFormat.ANT_JSONL);
        assertThat(ImportFormat.fromName("saudinewsnet")).isEqualTo(ImportFormat.SAUDINEWSNET_ZIP);
        assertThat(ImportFormat.fromName("saudinewsnet_zip")).isEqualTo(ImportFormat.SAUDINEWSNET_ZIP);
        assertThatThrownBy(() -> ImportFormat.fromName("csv")).hasMessageContaining("khabar, ant, saudinewsnet");
    }
}
