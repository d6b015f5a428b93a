package org.khabar.store.postgres;

import org.junit.jupiter.api.Tag;
import org.khabar.store.FeedStateStore;
import org.khabar.store.FeedStateStoreContract;
import org.khabar.store.jdbc.JdbcFeedStateStore;

import java.util.ArrayList;
import java.util.List;

/** The feed state contract on a real PostgreSQL; each handle is a worker with its own connection pool. */
@Tag("distributed")
class PostgresFeedStateStoreTest extends FeedStateStoreContract {
    private final List<PostgresDatabase> opened = new ArrayList<>();
    private PostgresConfig config;

    @Override
    protected FeedStateStore open() throws Exception {
        if (config == null) config = PostgresTestDatabase.freshSchema("khabar_feed_state");
        PostgresDatabase db = PostgresDatabase.open(config);
        opened.add(db);
        return new JdbcFeedStateStore(db);
    }

    @Override
    protected void closeAll() {
        opened.forEach(PostgresDatabase::close);
        opened.clear();
    }
}
