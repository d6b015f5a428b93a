package org.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.core.Article;

class ImportReaderTest {

    @TempDir
    Path dir;

    private static List<ImportItem> readAll(Path p, Optional<ImportFormat> f) throws Exception {
        try (ImportReader r = ImportReader.open(p, f)) {
            List<ImportItem> items = new ArrayList<>();
            r.forEachRemaining(items::add);
            return items;
        }
    }

    private static Article article(ImportItem item) {
        assertThat(item).isInstanceOf(ImportItem.Parsed.class);
        return ((ImportItem.Parsed) item).article();
    }

    private static String reason(ImportItem item) {
        assertThat(item).isInstanceOf(ImportItem.Rejected.class);
        return ((ImportItem.Rejected) item).reason();
    }

    @Test
    void khabarJsonlGoodAndBadLinesInFileOrder() throws Exception {
        Path file = TestFiles.resource("khabar-sample.jsonl");
        List<ImportItem> items = readAll(file, Optional.empty());

        assertThat(items).extracting(ImportItem::line).containsExactly(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L, 10L);
        assertThat(items).allSatisfy(i -> assertThat(i.file()).isEqualTo(file.toString()));

        Article first = article(items.get(0));
        assertThat(first.url()).isEqualTo("https://www.example-news.sa/ar/2024/05/01/خبر-أول");
        assertThat(first.sourceId()).isEqualTo("alriyadh");
        assertThat(first.title()).isEqualTo("أرامكو &amp; سابك: نتائج الربع الأول");
        assertThat(first.summary()).isEqualTo("ملخص \"قصير\" للخبر");
        assertThat(first.body()).isEqualTo("الفقرة الأولى من الخبر.\nالفقرة الثانية مع مسافة.");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(first.author()).isEqualTo("الرياض - واس");
        assertThat(first.category()).isEqualTo("economy");
        assertThat(first.externalId()).isNull();
        assertThat(first.id()).isZero();

        assertThat(reason(items.get(1))).startsWith("malformed JSON");
        assertThat(reason(items.get(2))).isEqualTo("missing title and body");
        assertThat(reason(items.get(3))).isEqualTo("unparseable date 'أمس مساء'");

        Article script = article(items.get(4));
        assertThat(script.url()).isEqualTo("https://www.example-news.sa/ar/script");
        assertThat(script.sourceId()).isEqualTo("okaz");
        assertThat(script.title()).isEqualTo("كيف تعمل وسوم <script> في الصفحات");
        assertThat(script.body()).isEqualTo("الفقرة الأولى\nالفقرة الثانية\nسطر ثالث");
        assertThat(script.published()).isEqualTo(Instant.parse("2024-05-02T05:15:00Z"));

        Article again = article(items.get(5));
        assertThat(again.url()).as("http, percent-encoded, utm params: the same canonical URL as line 1")
                .isEqualTo(first.url());
        assertThat(again.published()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));

        assertThat(reason(items.get(6))).isEqualTo("not a JSON object");
        assertThat(reason(items.get(7))).isEqualTo("missing URL");
        assertThat(article(items.get(8)).published()).isEqualTo(Instant.parse("2024-05-03T00:00:00Z"));
    }

    @Test
    void oversizeBodyIsRejectedAndItsNeighboursKept() throws Exception {
        String big = "ب".repeat(ImportLimits.MAX_BODY_CHARS + 1);
        Path file = dir.resolve("big.jsonl");
        Files.writeString(file, line("https://x.com/1", "قبل") + "\n"
                + "{\"url\":\"https://x.com/2\",\"source\":\"okaz\",\"title\":\"كبير\",\"body\":\"" + big + "\"}\n"
                + line("https://x.com/3", "بعد") + "\n");
        List<ImportItem> items = readAll(file, Optional.empty());
        assertThat(items).hasSize(3);
        assertThat(article(items.get(0)).title()).isEqualTo("قبل");
        assertThat(reason(items.get(1))).isEqualTo("body of 1048577 characters is over the limit of 1048576");
        assertThat(items.get(1).line()).isEqualTo(2);
        assertThat(article(items.get(2)).title()).isEqualTo("بعد");
    }

    @Test
    void truncatedGzipKeepsEveryRecordBeforeTheBreakAndReportsWhereItStopped() throws Exception {
        int lines = 2000;
        byte[] gz = gzip(numberedLines(lines));
        Path file = dir.resolve("cut.jsonl.gz");
        TestFiles.write(file, Arrays.copyOf(gz, gz.length - 200));

        List<ImportItem> items = readAll(file, Optional.of(ImportFormat.KHABAR_JSONL));
        List<ImportItem> parsed = items.stream().filter(i -> i instanceof ImportItem.Parsed).toList();
        ImportItem last = items.get(items.size() - 1);
        assertThat(items.subList(0, items.size() - 1)).allMatch(i -> i instanceof ImportItem.Parsed);
        assertThat(parsed.size()).isBetween(lines / 2, lines - 1);
        // consecutive from line 1: nothing before the break was lost
        for (int i = 0; i < parsed.size(); i++) {
            assertThat(article(parsed.get(i)).title()).isEqualTo("خبر رقم " + (i + 1));
        }
        assertThat(reason(last)).startsWith("file truncated");
        assertThat(last.line()).isEqualTo(parsed.size() + 1);
    }

    @Test
    void corruptGzipInTheMiddleStopsWithOneRejection() throws Exception {
        byte[] gz = gzip(numberedLines(2000));
        for (int i = gz.length / 2; i < gz.length / 2 + 64; i++) {
            gz[i] = (byte) ~gz[i];
        }
        Path file = dir.resolve("corrupt.jsonl.gz");
        TestFiles.write(file, gz);
        List<ImportItem> items = readAll(file, Optional.empty());
        long rejected = items.stream().filter(i -> i instanceof ImportItem.Rejected).count();
        assertThat(rejected).isGreaterThanOrEqualTo(1);
        assertThat(article(items.get(0)).title()).isEqualTo("خبر رقم 1");
        assertThat(items.get(items.size() - 1)).isInstanceOf(ImportItem.Rejected.class);
    }

    @Test
    void antSampleMapsCorpusFields() throws Exception {
        List<ImportItem> items = readAll(TestFiles.resource("ant-sample.jsonl.gz"), Optional.empty());
        assertThat(items).hasSize(4).allMatch(i -> i instanceof ImportItem.Parsed);
        Article bbc = article(items.get(0));
        assertThat(bbc.externalId()).isEqualTo("BB-middleEast-1-20180226");
        assertThat(bbc.sourceId()).isEqualTo("bbc");
        assertThat(bbc.category()).isEqualTo("middleEast");
        assertThat(bbc.summary()).isEqualTo("ملخص تجريبي");
        assertThat(bbc.author()).isNull();
        assertThat(bbc.body()).isEqualTo("فقرة أولى.\nفقرة ثانية عن S&P & الأسواق.");
        assertThat(bbc.url()).isEqualTo("https://www.bbc.co.uk/arabic/middleeast-00000001");
        assertThat(bbc.published()).isEqualTo(Instant.parse("2018-02-26T02:20:10Z"));
        assertThat(article(items.get(1)).url()).as("http/https and %E2%80%99 vs ’ fold")
                .isEqualTo(article(items.get(2)).url());
        assertThat(article(items.get(1)).summary()).isNull();
        assertThat(article(items.get(3)).sourceId()).isEqualTo("alarabiya");
        assertThat(article(items.get(3)).published()).isEqualTo(Instant.parse("2018-07-15T17:56:56Z"));
    }

    @Test
    void saudiNewsNetZipStreamsEntriesAndSurvivesACorruptOne() throws Exception {
        String entry1 = "[\n" + snn("alriyadh", "http://www.alriyadh.com/1", "عنوان أول", "نص &quot;أول&quot;")
                + ",\n" + snn("okaz", "http://www.okaz.com.sa/2", "", " ")
                + ",\n" + snn("was", "http://www.spa.gov.sa/3", "عنوان ثالث", "نص ثالث") + "\n]";
        String entry2 = "[\n" + snn("sabq", "http://sabq.org/4", "قبل العطب", "نص") + ",\n{\"source\": \"sabq\", \"url\": ";
        String entry3 = "[" + snn("3alyoum", "http://www.3alyoum.com/news/a/5/", "بعد العطب", "نص") + "]";
        Path zip = TestFiles.saudiZip(dir.resolve("snn.zip"), entry1, entry2, entry3);

        List<ImportItem> items = readAll(zip, Optional.empty());
        assertThat(items).hasSize(6);
        Article a = article(items.get(0));
        assertThat(a.externalId()).isEqualTo("2015-07-21.json#0");
        assertThat(a.sourceId()).isEqualTo("alriyadh");
        assertThat(a.body()).isEqualTo("نص \"أول\"");
        assertThat(a.published()).isEqualTo(Instant.parse("2015-07-20T23:51:32Z"));
        assertThat(a.category()).isNull();
        assertThat(items.get(0).file()).isEqualTo(zip + "!2015-07-21.json");
        assertThat(items.get(0).line()).isEqualTo(2);

        assertThat(reason(items.get(1))).isEqualTo("missing title and body");
        assertThat(items.get(1).line()).isEqualTo(3);
        assertThat(article(items.get(2)).externalId()).isEqualTo("2015-07-21.json#2");
        assertThat(article(items.get(2)).sourceId()).isEqualTo("spa");

        assertThat(article(items.get(3)).externalId()).isEqualTo("2015-07-22.json#0");
        assertThat(reason(items.get(4))).startsWith("corrupt entry").contains("stopped after 1 record");
        assertThat(items.get(4).file()).endsWith("!2015-07-22.json");

        Article after = article(items.get(5));
        assertThat(after.externalId()).isEqualTo("2015-07-23.json#0");
        assertThat(after.url()).isEqualTo("https://www.3alyoum.com/news/a/5");
    }

    @Test
    void corruptCompressedDataInOneZipEntryDoesNotCostTheNextEntry() throws Exception {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            big.append(i == 0 ? "" : ",").append(snn("okaz", "http://www.okaz.com.sa/" + i, "عنوان " + i,
                    "نص طويل بعض الشيء رقم " + i + " " + Integer.toHexString(i * 7919)));
        }
        big.append("]");
        Path zip = TestFiles.saudiZip(dir.resolve("bad-data.zip"), big.toString(),
                "[" + snn("sabq", "http://sabq.org/ok", "سليم", "نص") + "]");
        byte[] bytes = Files.readAllBytes(zip);
        int dataStart = 30 + "2015-07-21.json".length();
        for (int i = dataStart + 200; i < dataStart + 260; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        TestFiles.write(zip, bytes);

        List<ImportItem> items = readAll(zip, Optional.of(ImportFormat.SAUDINEWSNET_ZIP));
        assertThat(items.stream().filter(i -> i instanceof ImportItem.Rejected)
                .filter(i -> i.file().endsWith("!2015-07-21.json"))).isNotEmpty();
        ImportItem last = items.get(items.size() - 1);
        assertThat(article(last).title()).isEqualTo("سليم");
    }

    @Test
    void zipCutOffAtTheEndIsReadSequentiallyUpToTheBreak() throws Exception {
        StringBuilder second = new StringBuilder("[");
        for (int i = 0; i < 500; i++) {
            second.append(i == 0 ? "" : ",").append(snn("okaz", "http://www.okaz.com.sa/b" + i, "ب " + i,
                    "نص " + Integer.toHexString(i * 104729)));
        }
        second.append("]");
        Path zip = TestFiles.saudiZip(dir.resolve("cut.zip"),
                "[" + snn("sabq", "http://sabq.org/a", "أول", "نص") + "]", second.toString());
        byte[] bytes = Files.readAllBytes(zip);
        TestFiles.write(zip, Arrays.copyOf(bytes, bytes.length * 2 / 3));

        List<ImportItem> items = readAll(zip, Optional.empty());
        assertThat(article(items.get(0)).title()).isEqualTo("أول");
        assertThat(items.get(items.size() - 1)).isInstanceOf(ImportItem.Rejected.class);
        assertThat(items.stream().filter(i -> i instanceof ImportItem.Parsed).count()).isGreaterThan(1);
    }

    @Test
    void directoryImportReadsKnownFilesInNameOrderAndReportsTheRest() throws Exception {
        Files.copy(TestFiles.resource("ant-sample.jsonl.gz"), dir.resolve("a-ant.jsonl.gz"));
        Files.writeString(dir.resolve("b-readme.txt"), "not an import file\n");
        Files.writeString(dir.resolve("c-khabar.jsonl"), line("https://x.com/1", "واحد") + "\n");
        Files.writeString(dir.resolve(".hidden"), "ignored");

        List<ImportItem> items = readAll(dir, Optional.empty());
        assertThat(items).hasSize(6);
        assertThat(items.subList(0, 4)).allMatch(i -> i instanceof ImportItem.Parsed);
        assertThat(items.get(4).file()).endsWith("b-readme.txt");
        assertThat(items.get(4).line()).isZero();
        assertThat(reason(items.get(4))).contains("not a known import format");
        assertThat(article(items.get(5)).title()).isEqualTo("واحد");
    }

    @Test
    void unreadableFilesFailOpenWithOneClearError() throws Exception {
        assertThatThrownBy(() -> ImportReader.open(dir.resolve("missing.jsonl"), Optional.empty()))
                .isInstanceOf(ImportException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> ImportReader.open(dir.resolve("missing.zip"), Optional.of(ImportFormat.SAUDINEWSNET_ZIP)))
                .isInstanceOf(ImportException.class).hasMessageContaining("no such file");
        Path jsonl = dir.resolve("k.jsonl");
        Files.writeString(jsonl, line("https://x.com/1", "واحد") + "\n");
        assertThatThrownBy(() -> ImportReader.open(jsonl, Optional.of(ImportFormat.SAUDINEWSNET_ZIP)))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a zip file");
    }

    @Test
    void streamApiClosesTheReader() throws Exception {
        try (var s = ImportReader.open(TestFiles.resource("ant-sample.jsonl.gz"), Optional.empty()).stream()) {
            assertThat(s.map(i -> article(i).externalId()).collect(Collectors.toList()))
                    .containsExactly("BB-middleEast-1-20180226", "CN-economy-1-20180517", "CN-middleEast-1-20180517",
                            "AL-sport-1-20180715");
        }
    }

    private static String line(String url, String title) {
        return "{\"url\":\"" + url + "\",\"source\":\"okaz\",\"title\":\"" + title + "\",\"body\":\"نص\"}";
    }

    private static String snn(String source, String url, String title, String content) {
        return "{\"source\": \"" + source + "\", \"url\": \"" + url + "\", \"date_extracted\": \"2015-07-21 02:51:32\","
                + " \"title\": \"" + title + "\", \"author\": \"\", \"content\": \"" + content + "\"}";
    }

    private static String numberedLines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("{\"url\":\"https://x.com/n/").append(i).append("\",\"source\":\"okaz\",\"title\":\"خبر رقم ")
                    .append(i).append("\",\"body\":\"نص الخبر ").append(Integer.toHexString(i * 31))
                    .append("\",\"published\":\"2024-05-01T10:00:00Z\"}\n");
        }
        return sb.toString();
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
