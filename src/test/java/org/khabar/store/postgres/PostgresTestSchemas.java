package org.khabar.store.postgres;

/** Public door to {@link PostgresTestDatabase} for tests in other packages. */
public final class PostgresTestSchemas {
    private PostgresTestSchemas() {
    }

    public static PostgresConfig fresh(String schema) throws java.sql.SQLException {
        return PostgresTestDatabase.freshSchema(schema);
    }
}
