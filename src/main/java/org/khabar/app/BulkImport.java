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
 * reported and the next file goes on. Records are stored in short batches, each one store transaction (a commit per
 * article would cost more than the article itself); an article that fails is undone alone and reported. Work is
 * made durable periodically, so an interrupted import keeps what it stored and a re-run adds only the rest.
 */
public final class BulkImport {
    /** Commit (flush statistics, make the index durable and searchable) every so many stored articles. */
    private static final int COMMIT_EVERY = 5_000;
    /** Records per store transaction, and the longest a batch may hide its articles from readers. */
    static final int BATCH_RECORDS = 200;
    private static final long BATCH_NANOS = 500_000_000L;

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

    private static final class Tally {
        long imported, sameUrl, rejected, unreadable, sinceCommit;
    }

    public Summary run(List<Path> files, Optional<ImportFormat> format, Consumer<String> report,
                       LongConsumer progress) {
        Tally tally = new Tally();
        for (Path file : files) {
            try (ImportReader reader = ImportReader.open(file, format)) {
                // Interruption (shutdown of a serving process) stops between records, never inside one.
                while (reader.hasNext() && !Thread.currentThread().isInterrupted()) {
                    // A failing reader ends the batch normally, so the records before it are committed, then stops.
                    RuntimeException readFailure = khabar.ingestor().inOneBatch(() -> {
                        try {
                            batch(reader, tally, report, progress);
                            return null;
                        } catch (RuntimeException e) {
                            return e;
                        }
                    });
                    if (readFailure != null) throw readFailure;
                    if (tally.sinceCommit >= COMMIT_EVERY) {
                        khabar.commit();
                        tally.sinceCommit = 0;
                    }
                }
            } catch (ImportException e) {
                tally.unreadable++;
                report.accept("cannot import " + file + ": " + e.getMessage());
            }
        }
        khabar.commit();
        return new Summary(tally.imported, tally.sameUrl, tally.rejected, tally.unreadable);
    }

    private void batch(ImportReader reader, Tally tally, Consumer<String> report, LongConsumer progress) {
        long start = System.nanoTime();
        for (int n = 0; n < BATCH_RECORDS && System.nanoTime() - start < BATCH_NANOS
                && reader.hasNext() && !Thread.currentThread().isInterrupted(); n++) {
            ImportItem item = reader.next();
            progress.accept(1);
            if (item instanceof ImportItem.Rejected r) {
                tally.rejected++;
                report.accept("rejected " + r);
                continue;
            }
            ImportItem.Parsed parsed = (ImportItem.Parsed) item;
            try {
                ensureSource(parsed.article().sourceId());
                if (khabar.ingestor().ingest(parsed.article()) == IngestOutcome.STORED) {
                    tally.imported++;
                    tally.sinceCommit++;
                } else {
                    tally.sameUrl++;
                }
            } catch (RuntimeException e) {
                // The article's own writes were undone; the rest of the batch and of the file go on.
                tally.rejected++;
                report.accept("rejected " + parsed.article().url() + ": ingest failed: " + e.getMessage());
            }
        }
    }

    private void ensureSource(String sourceId) {
        if (knownSources.add(sourceId)) {
            Source source = CorpusOutlets.source(sourceId).orElse(new Source(sourceId, sourceId, null));
            khabar.store().upsertSource(source);
        }
    }
}
