package org.khabar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.store.StoreException;
import org.khabar.store.sqlite.SqliteBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copies the data folder's databases into a new folder, safely beside a running portal.",
                "The copy is itself a data folder: `khabar serve --data TARGET` (or `reindex`) rebuilds its search index."})
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "TARGET", description = "A new or empty folder")
    Path target;

    @Override
    public Integer call() throws Exception {
        if (!data.embeddedDefault()) {
            System.err.println("khabar: backup copies the embedded SQLite store; back up PostgreSQL with pg_dump"
                    + " (the OpenSearch index is rebuilt by `khabar reindex`)");
            return 2;
        }
        List<Path> written;
        try {
            written = SqliteBackup.copy(data.dataDir(), target.toAbsolutePath().normalize());
        } catch (StoreException e) {
            System.err.println("khabar: " + e.getMessage());
            return 2;
        }
        long bytes = 0;
        for (Path p : written) bytes += Files.size(p);
        System.out.printf("backed up %s to %s (%d files, %.1f MB); serve or reindex it to rebuild the search index%n",
                data.dataDir(), target.toAbsolutePath().normalize(), written.size(), bytes / 1e6);
        return 0;
    }
}
