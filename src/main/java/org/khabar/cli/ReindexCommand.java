package org.khabar.cli;

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
        try (DataOption.Held lock = data.lock("khabar reindex");
             Khabar khabar = data.open()) {
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
