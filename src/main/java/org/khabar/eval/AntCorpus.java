package org.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/** Reads the ANT corpus file ({@code ant-v2.1.jsonl.gz}: one JSON object a line with title and text). */
public final class AntCorpus {

    private AntCorpus() {
    }

    /** Calls {@code each(title, text)} for every article, up to {@code limit} (≤0: all); returns the count. */
    public static int forEach(Path file, int limit, BiConsumer<String, String> each) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int count = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && (limit <= 0 || count < limit)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = json.readTree(line);
                each.accept(o.path("title").asText(""), o.path("text").asText(""));
                count++;
            }
        }
        return count;
    }
}
