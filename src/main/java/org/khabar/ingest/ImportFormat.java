package org.khabar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The bulk-import formats khabar reads. */
public enum ImportFormat {
    /** khabar's own JSONL (docs/import-format.md), plain or gzip-compressed. */
    KHABAR_JSONL("khabar"),
    /** The ANT corpus v2.1 as JSONL ({@code file, docno, url, source, category, title, published, ...}), gzip or plain. */
    ANT_JSONL("ant"),
    /** A SaudiNewsNet zip: each entry one JSON array of {@code {source, url, date_extracted, title, author, content}}. */
    SAUDINEWSNET_ZIP("saudinewsnet");

    /** How many leading lines detection looks at to find one parseable JSON object. */
    private static final int DETECTION_LINES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String cliName;

    ImportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line ({@code --format khabar|ant|saudinewsnet}). */
    public String cliName() {
        return cliName;
    }

    /** The format for a {@code --format} value (case-insensitive; the enum constant name is accepted too). */
    public static ImportFormat fromName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (f.cliName.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown import format '" + name + "'; expected one of "
                + Arrays.stream(values()).map(ImportFormat::cliName).collect(Collectors.joining(", ")));
    }

    /**
     * Detects the format of a file from its content: zip magic → SaudiNewsNet; otherwise (gzip-decompressed
     * if it has the gzip magic) the first parseable JSON object among the first lines decides: ANT has
     * {@code docno} or {@code abstract}/{@code text}, khabar JSONL has {@code body} or {@code summary}.
     *
     * @throws ImportException when the file cannot be read or is none of the formats
     */
    public static ImportFormat detect(Path file) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + ": no such file");
        }
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] magic = raw.readNBytes(4);
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return SAUDINEWSNET_ZIP;
            }
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read: " + e.getMessage(), e);
        }
        try (InputStream in = Compression.open(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (int i = 0; i < DETECTION_LINES; i++) {
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                Optional<ImportFormat> f = fromFields(line);
                if (f.isPresent()) {
                    return f.get();
                }
            }
        } catch (IOException e) {
            // a truncated or corrupt file: decide from what was read, which failed; report it below
            throw new ImportException(file + ": not a known import format (could not read a JSON record: "
                    + e.getMessage() + ")", e);
        }
        throw new ImportException(file + ": not a known import format (no JSON object with khabar, ANT or "
                + "SaudiNewsNet fields in its first " + DETECTION_LINES + " lines); give --format to force one");
    }

    private static Optional<ImportFormat> fromFields(String line) {
        if (line.isBlank() || line.length() > ImportLimits.MAX_LINE_CHARS) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        if (node.has("docno") || (node.has("abstract") && node.has("text"))) {
            return Optional.of(ANT_JSONL);
        }
        if (node.has("body") || node.has("summary")) {
            return Optional.of(KHABAR_JSONL);
        }
        // anything else (including SaudiNewsNet records one per line, which no corpus ships) is not guessed
        return Optional.empty();
    }
}
