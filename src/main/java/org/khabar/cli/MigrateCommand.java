package org.khabar.cli;

import org.khabar.app.BackendSpec;
import org.khabar.store.migrate.StoreMigration;
import org.khabar.store.postgres.PostgresConfig;
import org.khabar.store.postgres.PostgresDatabase;
import org.khabar.store.sqlite.SqliteDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copies a SQLite store into PostgreSQL, keeping ids; resumable (rerun after an interruption),"
                + " and verifies the row count of every table.",
                "Credentials: KHABAR_PG_USER / KHABAR_PG_PASSWORD (never on the command line)."})
public final class MigrateCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "sqlite:DIR", description = "source store")
    String from;

    @Option(names = "--to", required = true, paramLabel = "postgresql://HOST:PORT/DB", description = "target store")
    String to;

    @Override
    public Integer call() {
        if (!(BackendSpec.store(from) instanceof BackendSpec.SqliteStore source)) {
            throw new IllegalArgumentException("--from must be sqlite:DIR, not " + from);
        }
        if (!(BackendSpec.store(to) instanceof BackendSpec.PostgresStore target)) {
            throw new IllegalArgumentException("--to must be postgresql://host:port/db, not " + to);
        }
        Path file = source.dir().resolve(SqliteDatabase.FILE_NAME);
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no khabar store at " + file);
        try (SqliteDatabase sqlite = SqliteDatabase.open(source.dir());
             PostgresDatabase pg = PostgresDatabase.open(PostgresConfig.fromSpec(target.spec(), System.getenv()))) {
            new StoreMigration(sqlite, pg, System.err).run();
            System.out.println("migrated " + file + " to " + pg.url() + ": all row counts verified");
            return 0;
        }
    }
}
