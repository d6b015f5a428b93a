package org.khabar.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh, empty schema on the PostgreSQL named by KHABAR_PG_URL/USER/PASSWORD, one per test.
 * Fails (never skips) when the variables are missing or the server is unreachable: a distributed run that
 * silently tested nothing would look green.
 */
final class PostgresTestDatabase {

    private PostgresTestDatabase() {
    }

    /** Drops and recreates {@code schema}; returns a config whose connections use it. */
    static PostgresConfig freshSchema(String schema) throws SQLException {
        PostgresConfig base = PostgresConfig.fromEnvironment();
        try (Connection c = DriverManager.getConnection(base.jdbcUrl(), base.user(), base.password());
             Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
        }
        String sep = base.jdbcUrl().contains("?") ? "&" : "?";
        return new PostgresConfig(base.jdbcUrl() + sep + "currentSchema=" + schema, base.user(), base.password(), 4);
    }
}
