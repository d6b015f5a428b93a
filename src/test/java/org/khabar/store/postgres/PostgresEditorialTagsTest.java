package org.khabar.store.postgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.khabar.store.EditorialTags;
import org.khabar.store.EditorialTagsContract;
import org.khabar.store.jdbc.JdbcEditorialTags;

/** The editorial tags contract, unchanged, on a real PostgreSQL. */
@Tag("distributed")
class PostgresEditorialTagsTest extends EditorialTagsContract {
    private PostgresDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = PostgresDatabase.open(PostgresTestDatabase.freshSchema("khabar_editorial"));
    }

    @Override
    protected EditorialTags tags() {
        return new JdbcEditorialTags(db);
    }

    @AfterEach
    void close() {
        if (db != null) db.close();
    }
}
