package org.khabar.cli;

import org.khabar.app.Backends;
import org.khabar.app.DataDirLock;
import org.khabar.app.IndexSync;
import org.khabar.app.Khabar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the store (the index is derived data).")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        try (DataDirLock lock = DataDirLock.acquire(data.dataDir(), "khabar reindex");
             Khabar khabar = Backends.openEmbedded(data.dataDir())) {
            long total = khabar.store().countAll();
            long indexed;
            try (Progress progress = new Progress("reindex", total, System.err)) {
                indexed = new IndexSync(khabar.store(), khabar.index()).rebuild(progress::step);
            }
            System.out.println("indexed " + indexed + " canonical articles of " + total + " stored");
            return 0;
        }
    }
}
