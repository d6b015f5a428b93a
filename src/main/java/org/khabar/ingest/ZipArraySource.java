package org.khabar.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A zip whose entries each hold one JSON array of records (SaudiNewsNet). Each entry is streamed with
 * Jackson's streaming parser, one record tree at a time, so memory stays bounded by one record.
 *
 * <p>A corrupt entry (bad compressed data, CRC mismatch, broken JSON) yields one rejection naming the entry
 * and the line where it broke; the records read before it are kept and the next entry is read. A zip without
 * a readable central directory (e.g. cut off at the end) is read sequentially from its local headers instead,
 * up to where it breaks.
 */
final class ZipArraySource implements RawSource {

    private final Path path;
    private final String file;
    private final ObjectMapper json;
    private final Entries entries;

    private String entryLabel;
    private String entryName;
    private JsonParser parser;
    private int index;
    private boolean done;

    ZipArraySource(Path path, ObjectMapper json) throws IOException {
        this.path = path;
        this.file = path.toString();
        this.json = json;
        this.entries = openEntries(path);
    }

    private static Entries openEntries(Path path) throws IOException {
        try {
            return new CentralDirectoryEntries(new ZipFile(path.toFile(), StandardCharsets.UTF_8));
        } catch (ZipException e) {
            if (!startsWithZipMagic(path)) {
                throw new ImportException(path + ": not a zip file");
            }
            return new SequentialEntries(new ZipInputStream(Compression.open(path), StandardCharsets.UTF_8),
                    "zip index unreadable (" + e.getMessage() + ")");
        }
    }

    private static boolean startsWithZipMagic(Path path) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(path)) {
            byte[] m = in.readNBytes(4);
            return m.length == 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
        }
    }

    @Override
    public RawRecord next() {
        while (!done) {
            if (parser == null) {
                RawRecord problem = openNextEntry();
                if (problem != null) {
                    return problem;
                }
                if (parser == null) {
                    done = true;
                    return null;
                }
            }
            RawRecord r = nextInEntry();
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Opens the next entry; returns a rejection if listing entries failed. Leaves parser null at the end. */
    private RawRecord openNextEntry() {
        while (true) {
            Entries.Next next;
            try {
                next = entries.next();
            } catch (IOException e) {
                done = true;
                return new RawRecord.Bad(file, 0, "zip corrupt after the last readable entry"
                        + entries.context() + ": " + e.getMessage());
            }
            if (next == null) {
                return null;
            }
            entryName = next.name();
            entryLabel = file + "!" + next.name();
            index = 0;
            try {
                parser = json.getFactory().createParser(next.stream());
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_ARRAY) {
                    return null;
                }
                closeParser();
                return new RawRecord.Bad(entryLabel, 1, first == null ? "empty entry"
                        : "entry is not a JSON array of records (starts with " + first + ")");
            } catch (IOException | RuntimeException e) {
                closeParser();
                return new RawRecord.Bad(entryLabel, 1, "corrupt entry: " + message(e));
            }
        }
    }

    /** The next record of the open entry, a rejection, or null when the entry is finished. */
    private RawRecord nextInEntry() {
        long line = 0;
        try {
            JsonToken t = parser.nextToken();
            line = parser.currentTokenLocation().getLineNr();
            if (t == JsonToken.END_ARRAY || t == null) {
                closeParser();
                return t == null ? new RawRecord.Bad(entryLabel, line, "entry ends inside its array ("
                        + index + " records read)") : null;
            }
            String recordId = entryName + "#" + index;
            if (t != JsonToken.START_OBJECT) {
                parser.skipChildren();
                index++;
                return new RawRecord.Bad(entryLabel, line, "record " + recordId + " is not a JSON object");
            }
            JsonNode node = json.readTree(parser);
            index++; // only once the record is complete: the count in a "stopped after" message is exact
            return new RawRecord.Json(node, entryLabel, line, recordId);
        } catch (IOException | RuntimeException e) {
            // the stream position is unknown after a syntax or inflater error: give up on this entry only
            int read = index;
            closeParser();
            return new RawRecord.Bad(entryLabel, line, "corrupt entry: " + message(e) + "; reading of this entry "
                    + "stopped after " + read + (read == 1 ? " record" : " records"));
        }
    }

    private static String message(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            return j.getOriginalMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private void closeParser() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // the entry is finished either way
            }
            parser = null;
        }
    }

    @Override
    public void close() {
        closeParser();
        try {
            entries.close();
        } catch (IOException ignored) {
            // read-only
        }
    }

    @Override
    public String toString() {
        return "ZipArraySource[" + path + "]";
    }

    /** Entries of a zip, read via its central directory or sequentially. */
    private interface Entries {
        record Next(String name, InputStream stream) {
        }

        Next next() throws IOException;

        String context();

        void close() throws IOException;
    }

    private static final class CentralDirectoryEntries implements Entries {
        private final ZipFile zip;
        private final Iterator<? extends ZipEntry> it;

        CentralDirectoryEntries(ZipFile zip) {
            this.zip = zip;
            List<ZipEntry> list = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    list.add(entry);
                }
            }
            this.it = list.iterator();
        }

        @Override
        public Next next() throws IOException {
            if (!it.hasNext()) {
                return null;
            }
            ZipEntry e = it.next();
            return new Next(e.getName(), zip.getInputStream(e));
        }

        @Override
        public String context() {
            return "";
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static final class SequentialEntries implements Entries {
        private final ZipInputStream zin;
        private final String why;

        SequentialEntries(ZipInputStream zin, String why) {
            this.zin = zin;
            this.why = why;
        }

        @Override
        public Next next() throws IOException {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    return new Next(e.getName(), new NonClosing(zin));
                }
            }
            return null;
        }

        @Override
        public String context() {
            return " (" + why + ", read sequentially)";
        }

        @Override
        public void close() throws IOException {
            zin.close();
        }
    }

    /** Lets a parser close "its" stream without closing the zip stream that continues with the next entry. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the ZipInputStream moves on to the next entry instead
        }
    }
}
