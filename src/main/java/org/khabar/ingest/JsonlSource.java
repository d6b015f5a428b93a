package org.khabar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One JSON object a line, plain or gzip. A bad line is rejected on its own; a stream that breaks off (a
 * truncated or corrupt gzip) ends the file with one rejection naming the line where reading stopped, and
 * every record before it has already been yielded.
 */
final class JsonlSource implements RawSource {

    private final String file;
    private final ObjectMapper json;
    private final InputStream in;
    private final BoundedLineReader lines;
    private long lineNo;
    private boolean done;

    JsonlSource(Path path, ObjectMapper json) throws IOException {
        this.file = path.toString();
        this.json = json;
        this.in = Compression.open(path);
        // malformed UTF-8 becomes U+FFFD (InputStreamReader's default) rather than failing the whole file
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.lines = new BoundedLineReader(reader, ImportLimits.MAX_LINE_CHARS);
    }

    @Override
    public RawRecord next() {
        while (!done) {
            BoundedLineReader.Line line;
            try {
                line = lines.readLine();
            } catch (IOException e) {
                done = true;
                return new RawRecord.Bad(file, lineNo + 1, streamBroken(e));
            }
            if (line == null) {
                done = true;
                return null;
            }
            lineNo++;
            if (line.tooLong()) {
                return new RawRecord.Bad(file, lineNo, "line of " + line.length() + " characters is over the limit of "
                        + ImportLimits.MAX_LINE_CHARS);
            }
            String text = lineNo == 1 && line.text().startsWith("\uFEFF") ? line.text().substring(1) : line.text();
            if (text.isBlank()) {
                continue;
            }
            return parse(text);
        }
        return null;
    }

    private RawRecord parse(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return new RawRecord.Bad(file, lineNo, "malformed JSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            return new RawRecord.Bad(file, lineNo, "malformed JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            return new RawRecord.Bad(file, lineNo, "not a JSON object");
        }
        return new RawRecord.Json(node, file, lineNo, null);
    }

    private static String streamBroken(IOException e) {
        String what = e instanceof EOFException ? "file truncated" : "file corrupt";
        return what + " (" + e.getMessage() + "): reading stopped in this line; the records before it were read";
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing left to do for a file we only read
        }
    }
}
