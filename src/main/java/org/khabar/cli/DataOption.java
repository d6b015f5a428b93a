package org.khabar.cli;

import org.khabar.app.BackendSpec;
import org.khabar.app.Backends;
import org.khabar.app.DataDirLock;
import org.khabar.app.Khabar;
import org.khabar.app.SelectedBackends;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where khabar keeps its data, shared by every command that opens khabar. The embedded pair in one folder
 * ({@code --data DIR}) is the default; {@code --store}/{@code --index} (or the same keys in {@code --config FILE})
 * choose PostgreSQL and OpenSearch instead. Command-line flags win over the config file.
 */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "khabar-data",
            description = "Data folder of the embedded pair (SQLite store + Lucene index). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--store", paramLabel = "SPEC",
            description = "sqlite:DIR or postgresql://host:port/db (credentials: KHABAR_PG_USER/KHABAR_PG_PASSWORD)."
                    + " Default: the SQLite store in --data")
    String store;

    @Option(names = "--index", paramLabel = "SPEC",
            description = "lucene:DIR or opensearch://host:port[,host:port…]. Default: the Lucene index in --data")
    String index;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with store=… and index=… (flags given here win)")
    Path config;

    /** Locks held for the command's run, released together. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    public Path dataDir() {
        return dataDir.toAbsolutePath().normalize();
    }

    /** The chosen store: --store, else the config file, else the SQLite store in the data folder. */
    public BackendSpec storeSpec() {
        String s = store != null ? store : configValue("store");
        return s != null ? BackendSpec.store(s) : new BackendSpec.SqliteStore(dataDir());
    }

    /** The chosen index: --index, else the config file, else the Lucene index in the data folder. */
    public BackendSpec indexSpec() {
        String s = index != null ? index : configValue("index");
        return s != null ? BackendSpec.index(s) : new BackendSpec.LuceneIndexSpec(dataDir().resolve("index"));
    }

    /** True for the default pair in one data folder (the only layout that keeps the feed state beside it). */
    public boolean embeddedDefault() {
        return storeSpec() instanceof BackendSpec.SqliteStore s && s.dir().toAbsolutePath().normalize().equals(dataDir())
                && indexSpec() instanceof BackendSpec.LuceneIndexSpec l
                && l.dir().toAbsolutePath().normalize().equals(dataDir().resolve("index"));
    }

    /** Opens khabar on the chosen backends. */
    public Khabar open() {
        if (embeddedDefault()) return Backends.openEmbedded(dataDir());
        return SelectedBackends.open(storeSpec(), indexSpec(), Clock.systemUTC(), System.getenv());
    }

    /**
     * Exclusive use of whatever embedded folder the backends write (SQLite and Lucene allow one writing process);
     * nothing to lock for PostgreSQL and OpenSearch, which any number of workers share.
     */
    public Held lock(String holder) {
        List<DataDirLock> locks = new ArrayList<>();
        try {
            if (storeSpec() instanceof BackendSpec.SqliteStore s) locks.add(DataDirLock.acquire(s.dir(), holder));
            if (indexSpec() instanceof BackendSpec.LuceneIndexSpec l && !embeddedDefault()) {
                locks.add(DataDirLock.acquire(l.dir(), holder));
            }
        } catch (RuntimeException e) {
            locks.forEach(DataDirLock::close);
            throw e;
        }
        return () -> locks.forEach(DataDirLock::close);
    }

    /** A short description for log lines. */
    public String describe() {
        return embeddedDefault() ? "data " + dataDir() : "store " + describe(storeSpec()) + ", index " + describe(indexSpec());
    }

    private static String describe(BackendSpec spec) {
        if (spec instanceof BackendSpec.PostgresStore p) return p.spec().replaceAll("//[^@/]*@", "//");
        if (spec instanceof BackendSpec.SqliteStore s) return "sqlite:" + s.dir();
        if (spec instanceof BackendSpec.LuceneIndexSpec l) return "lucene:" + l.dir();
        if (spec instanceof BackendSpec.OpenSearchIndexSpec o) return "opensearch " + o.nodes();
        return spec.toString();
    }

    private String configValue(String key) {
        if (config == null) return null;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + config + ": " + e.getMessage(), e);
        }
        for (String k : p.stringPropertyNames()) {
            if (!k.equals("store") && !k.equals("index")) {
                throw new IllegalArgumentException("unknown key '" + k + "' in " + config + " (known: store, index)");
            }
        }
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

}
