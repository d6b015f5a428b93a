package org.khabar.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.khabar.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * A consistent copy of an embedded data folder's databases, safe beside a running portal: SQLite's
 * {@code VACUUM INTO} reads one snapshot (WAL readers never block the writer) and writes a compacted file. The
 * search index is not copied: it is derived data, and a portal started on the copy indexes every article it misses
 * (or {@code khabar reindex} does it at once).
 */
public final class SqliteBackup {
    /** The files of a data folder that hold data; the crawler's state is optional. */
    static final List<String> FILES = List.of(SqliteDatabase.FILE_NAME, "feed-state.db");
    /** A portal's checkpoint can hold the file briefly; wait for it rather than fail. */
    private static final int BUSY_TIMEOUT_MS = 30_000;

    private SqliteBackup() {
    }

    /** Copies {@code dataDir}'s databases into {@code target}, a new or empty folder; returns the files written. */
    public static List<Path> copy(Path dataDir, Path target) {
        Path source = dataDir.resolve(SqliteDatabase.FILE_NAME);
        if (!Files.isRegularFile(source)) {
            throw new StoreException("no khabar database in " + dataDir + " (expected " + source.getFileName() + ")", null);
        }
        if (Files.exists(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new StoreException("backup folder " + target + " is not empty; give a new or empty one", null);
                }
            } catch (IOException e) {
                throw new StoreException("cannot read backup folder " + target + ": " + e.getMessage(), e);
            }
        }
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new StoreException("cannot create backup folder " + target + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        for (String name : FILES) {
            Path from = dataDir.resolve(name);
            if (!Files.isRegularFile(from)) continue;
            Path to = target.resolve(name);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true); // the copy is written by VACUUM INTO; the source is only read
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            try (Connection c = config.createConnection("jdbc:sqlite:" + from.toAbsolutePath());
                 PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, to.toAbsolutePath().toString());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot back up " + from + " to " + to + ": " + e.getMessage(), e);
            }
            written.add(to);
        }
        return written;
    }
}
