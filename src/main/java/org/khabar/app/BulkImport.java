package org.khabar.app;

import org.khabar.core.Source;
import org.khabar.ingest.CorpusOutlets;
import org.khabar.ingest.ImportException;
import org.khabar.ingest.ImportFormat;
import org.khabar.ingest.ImportItem;
import org.khabar.ingest.ImportReader;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Feeds import files through the ingest path. A bad record is reported and skipped; an unreadable file is
 * reported and the next file goes on. Work is committed periodically, so an interrupted import keeps
 * what it stored and a re-run adds only the rest.
 */
public final class BulkImport {
    /** Commit (flush statistics, make the index durable and searchable) every so many stored articles. */
    private static final int COMMIT_EVERY = 5_000;

    private final Khabar khabar;
    private final Set<String> knownSources = new HashSet<>();

    public BulkImport(Khabar khabar) {
        this.khabar = khabar;
        khabar.store().sources().forEach(s -> knownSources.add(s.id()));
    }

    public record Summary(long imported, long sameUrl, long rejected, long unreadableFiles) {
        public String line() {
            return "imported " + imported + ", duplicates " + sameUrl + ", rejected " + rejected
                    + (unreadableFiles > 0 ? ", unreadable files " + unreadableFiles : "");
        }
    }

    public Summary run(List<Path> files, Optional<ImportFormat> format, Consumer<String> report,
                       LongConsumer progress) {
        long imported = 0, sameUrl = 0, rejected = 0, unreadable = 0, sinceCommit = 0;
        for (Path file : files) {
            try (ImportReader reader = ImportReader.open(file, format)) {
                // Interruption (shutdown of a serving process) stops between records, never inside one.
                while (reader.hasNext() && !Thread.currentThread().isInterrupted()) {
                    ImportItem item = reader.next();
                    progress.accept(1);
                    if (item instanceof ImportItem.Rejected r) {
                        rejected++;
                        report.accept("rejected " + r);
                        continue;
                    }
                    ImportItem.Parsed parsed = (ImportItem.Parsed) item;
                    ensureSource(parsed.article().sourceId());
                    if (khabar.ingestor().ingest(parsed.article()) == IngestOutcome.STORED) {
                        imported++;
                        if (++sinceCommit >= COMMIT_EVERY) {
                            khabar.commit();
                            sinceCommit = 0;
                        }
                    } else {
                        sameUrl++;
                    }
                }
            } catch (ImportException e) {
                unreadable++;
                report.accept("cannot import " + file + ": " + e.getMessage());
            }
        }
        khabar.commit();
        return new Summary(imported, sameUrl, rejected, unreadable);
    }

    private void ensureSource(String sourceId) {
        if (knownSources.add(sourceId)) {
            Source source = CorpusOutlets.source(sourceId).orElse(new Source(sourceId, sourceId, null));
            khabar.store().upsertSource(source);
        }
    }
}
