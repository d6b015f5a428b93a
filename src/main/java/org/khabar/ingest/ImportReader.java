package org.khabar.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.khabar.core.Article;

/**
 * Streams the records of an import file (or of every file in a directory, in name order) as {@link ImportItem}s:
 * a {@link ImportItem.Parsed} article draft, or a {@link ImportItem.Rejected} record with file, line and reason.
 *
 * <p>Guarantees: records come in file order; memory is bounded by one record (JSONL is read line by line,
 * zip entries with Jackson's streaming parser); a bad record never ends the iteration and never costs the
 * records around it; {@link #next()} never throws for bad input. Only a file that cannot be opened at all, or
 * is none of the {@link ImportFormat}s, fails {@link #open} with an {@link ImportException}.
 *
 * <p>Identity and duplicates are the pipeline's business: every draft carries its canonical URL
 * ({@link CanonicalUrl}); the store keeps the first insert of a URL, so within a same-URL group <b>the first
 * record in file order wins</b> and the later ones count as duplicates.
 *
 * <pre>{@code
 * try (ImportReader r = ImportReader.open(path, Optional.empty())) {
 *     while (r.hasNext()) {
 *         ImportItem item = r.next();
 *         if (item instanceof ImportItem.Parsed p) {
 *             store(p.article());
 *         } else if (item instanceof ImportItem.Rejected x) {
 *             report(x); // "file:line: reason"
 *         }
 *     }
 * }
 * }</pre>
 */
public final class ImportReader implements Iterator<ImportItem>, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Files still to open, each with its format (null: detect when its turn comes). */
    private final Deque<Path> pending;
    private final Optional<ImportFormat> forcedFormat;
    private RawSource current;
    private RecordMapper mapper;
    private ImportItem lookahead;
    private boolean closed;

    private ImportReader(List<Path> files, Optional<ImportFormat> format, RawSource first, RecordMapper mapper) {
        this.pending = new ArrayDeque<>(files);
        this.forcedFormat = format;
        this.current = first;
        this.mapper = mapper;
    }

    /**
     * Opens a file, or a directory (its regular, non-hidden files in name order; files in it that are no import
     * format become one rejection each instead of failing the whole import).
     *
     * @param format the format to read with; empty to detect it from the content
     * @throws ImportException when the file is missing, unreadable or not a known format
     */
    public static ImportReader open(Path path, Optional<ImportFormat> format) throws ImportException {
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(path)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new ImportException(path + ": cannot list directory: " + e.getMessage(), e);
            }
            return new ImportReader(files, format, null, null);
        }
        ImportFormat f = format.isPresent() ? format.get() : ImportFormat.detect(path);
        return new ImportReader(List.of(), format, openSource(path, f), RecordMapper.forFormat(f));
    }

    private static RawSource openSource(Path path, ImportFormat format) throws ImportException {
        if (!Files.isRegularFile(path)) {
            throw new ImportException(path + ": no such file");
        }
        try {
            return switch (format) {
                case KHABAR_JSONL, ANT_JSONL -> new JsonlSource(path, JSON);
                case SAUDINEWSNET_ZIP -> new ZipArraySource(path, JSON);
            };
        } catch (IOException e) {
            throw new ImportException(path + ": cannot read as " + format.cliName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        if (lookahead == null && !closed) {
            lookahead = advance();
        }
        return lookahead != null;
    }

    @Override
    public ImportItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportItem item = lookahead;
        lookahead = null;
        return item;
    }

    /** This reader as a stream; closing the stream closes the reader. */
    public Stream<ImportItem> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    private ImportItem advance() {
        while (true) {
            if (current == null) {
                if (pending.isEmpty()) {
                    return null;
                }
                Path next = pending.poll();
                try {
                    ImportFormat f = forcedFormat.isPresent() ? forcedFormat.get() : ImportFormat.detect(next);
                    current = openSource(next, f);
                    mapper = RecordMapper.forFormat(f);
                } catch (ImportException e) {
                    return new ImportItem.Rejected(next.toString(), 0, e.getMessage());
                }
            }
            RawRecord raw = current.next();
            if (raw == null) {
                current.close();
                current = null;
                continue;
            }
            return toItem(raw);
        }
    }

    private ImportItem toItem(RawRecord raw) {
        if (raw instanceof RawRecord.Bad bad) {
            return bad.rejected();
        }
        RawRecord.Json json = (RawRecord.Json) raw;
        try {
            Article a = mapper.map(json);
            return new ImportItem.Parsed(a, json.file(), json.line());
        } catch (RecordMapper.BadRecordException e) {
            return new ImportItem.Rejected(json.file(), json.line(), e.getMessage());
        } catch (RuntimeException e) {
            // a bug of ours must not end the import either; report it with the record
            return new ImportItem.Rejected(json.file(), json.line(), "unexpected error: " + e);
        }
    }

    @Override
    public void close() {
        closed = true;
        lookahead = null;
        if (current != null) {
            current.close();
            current = null;
        }
        pending.clear();
    }
}
