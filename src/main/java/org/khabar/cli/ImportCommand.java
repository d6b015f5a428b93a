package org.khabar.cli;

import org.khabar.app.BulkImport;
import org.khabar.app.Khabar;
import org.khabar.app.Retagger;
import org.khabar.app.TagDrift;
import org.khabar.ingest.ImportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports articles from files: khabar JSONL, ANT JSONL(.gz) or SaudiNewsNet zips. "
                + "Idempotent: an article whose canonical URL is stored already is counted as a duplicate.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "khabar, ant or saudinewsnet (default: detected per file)")
    String format;

    @Option(names = "--no-retag", description = "Do not recompute all tags afterwards, even if the corpus has "
            + "doubled since they were last recomputed (see `khabar retag`)")
    boolean noRetag;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import")
    List<Path> files;

    @Override
    public Integer call() {
        Optional<ImportFormat> fmt = Optional.ofNullable(format).map(ImportFormat::fromName);
        try (DataOption.Held lock = data.lock("khabar import");
             Khabar khabar = data.open()) {
            long t0 = System.nanoTime();
            BulkImport.Summary summary;
            try (Progress progress = new Progress("import", -1, System.err)) {
                summary = new BulkImport(khabar).run(files, fmt, System.err::println, progress::step);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "%s (%.0f articles/s)%n", summary.line(),
                    summary.imported() / Math.max(secs, 1e-9));
            retagIfDrifted(khabar);
            return summary.unreadableFiles() > 0 ? 1 : 0;
        }
    }

    /** Articles imported into a small corpus were tagged against few documents: recompute once it has grown. */
    private void retagIfDrifted(Khabar khabar) {
        if (noRetag) return;
        Retagger retagger = new Retagger(khabar);
        TagDrift drift = retagger.drift();
        if (!drift.isFar()) return;
        System.err.println("khabar: " + drift.describe() + "; recomputing every article's tags (--no-retag skips)");
        try (Progress progress = new Progress("retag", khabar.store().countAll(), System.err)) {
            System.out.println(retagger.retagAll(progress::step).describe());
        }
    }
}
