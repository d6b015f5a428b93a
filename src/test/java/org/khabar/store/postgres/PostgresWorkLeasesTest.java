package org.khabar.store.postgres;

import org.junit.jupiter.api.Tag;
import org.khabar.store.WorkLeases;
import org.khabar.store.WorkLeasesContract;

import java.util.ArrayList;
import java.util.List;

/** The lease contract on a real PostgreSQL; the "second worker" has its own connection pool. */
@Tag("distributed")
class PostgresWorkLeasesTest extends WorkLeasesContract {
    private final List<PostgresDatabase> opened = new ArrayList<>();
    private PostgresConfig config;

    @Override
    protected WorkLeases open(boolean second) throws Exception {
        if (!second) config = PostgresTestDatabase.freshSchema("khabar_leases");
        PostgresDatabase db = PostgresDatabase.open(config);
        opened.add(db);
        return new PostgresWorkLeases(db);
    }

    @Override
    protected void closeAll() {
        opened.forEach(PostgresDatabase::close);
    }
}
