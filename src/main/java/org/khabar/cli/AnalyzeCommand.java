package org.khabar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.khabar.app.Backends;
import org.khabar.app.LanguageAnalysis;
import org.khabar.core.Tag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Reads {\"title\":…,\"text\":…} JSON on stdin and prints normalized tokens and keyword tags "
                + "as JSON. Corpus statistics (IDF) come from the data folder's corpus.")
public final class AnalyzeCommand implements Callable<Integer> {
    /** Input beyond this is refused rather than read into memory. */
    static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws IOException {
        byte[] input = readLimited(System.in);
        if (input == null) {
            System.err.println("khabar: input over " + MAX_INPUT_BYTES + " bytes");
            return 2;
        }
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(new String(input, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            System.err.println("khabar: stdin is not JSON: " + e.getOriginalMessage());
            return 2;
        }
        if (doc == null || !doc.isObject()) {
            System.err.println("khabar: expected a JSON object {\"title\":…,\"text\":…}");
            return 2;
        }
        String title = doc.path("title").asText("");
        String text = doc.path("text").asText("");
        try (Backends.CorpusHandle corpus = Backends.openCorpus(data.dataDir())) {
            LanguageAnalysis analysis = new LanguageAnalysis(corpus.stats());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("tokens", analysis.tokens(title + "\n" + text));
            // the tags an article with this text would carry, then the ten best candidates as the evaluation ranks them
            out.put("tags", analysis.articleTags(title, text).stream().map(AnalyzeCommand::json).toList());
            out.put("ranked", analysis.tags(title, text, 10).stream().map(AnalyzeCommand::json).toList());
            out.put("corpusDocuments", corpus.stats().documentCount());
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        }
        return 0;
    }

    private static Map<String, Object> json(Tag t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", t.label());
        m.put("score", Math.round(t.score() * 1000) / 1000.0);
        m.put("key", t.key());
        return m;
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
        return bytes.length > MAX_INPUT_BYTES ? null : bytes;
    }
}
