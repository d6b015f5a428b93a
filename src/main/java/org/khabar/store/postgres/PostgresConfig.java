package org.khabar.store.postgres;

import java.util.Map;
import java.util.Objects;

/**
 * Where the PostgreSQL store lives and who logs in. Credentials never come from the repository: they are given on
 * the command line / config file, or read from the environment ({@code KHABAR_PG_URL}, {@code KHABAR_PG_USER},
 * {@code KHABAR_PG_PASSWORD}; {@code ops/postgres/start.sh} writes them to a git-ignored file).
 *
 * @param jdbcUrl  e.g. {@code jdbc:postgresql://127.0.0.1:5433/khabar}
 * @param poolSize HikariCP maximum pool size for this process
 */
public record PostgresConfig(String jdbcUrl, String user, String password, int poolSize) {

    public static final int DEFAULT_POOL_SIZE = 8;

    public PostgresConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (want jdbc:postgresql://host:port/db): "
                    + jdbcUrl);
        }
        if (poolSize < 1 || poolSize > 200) throw new IllegalArgumentException("poolSize must be in 1..200");
    }

    /** From KHABAR_PG_URL / KHABAR_PG_USER / KHABAR_PG_PASSWORD; fails with a clear message if the URL is unset. */
    public static PostgresConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static PostgresConfig fromEnvironment(Map<String, String> env) {
        String url = env.get("KHABAR_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("KHABAR_PG_URL is not set (source ops/postgres/run/khabar.env after"
                    + " running ops/postgres/start.sh)");
        }
        return new PostgresConfig(url.strip(), env.get("KHABAR_PG_USER"), env.get("KHABAR_PG_PASSWORD"),
                DEFAULT_POOL_SIZE);
    }

    /**
     * From a {@code postgresql://host:port/db} spec (the {@code --store} form); user and password, when not in
     * the spec, come from the environment.
     */
    public static PostgresConfig fromSpec(String spec, Map<String, String> env) {
        if (!spec.startsWith("postgresql://")) {
            throw new IllegalArgumentException("not a postgresql:// spec: " + spec);
        }
        java.net.URI uri = java.net.URI.create(spec);
        String user = env.get("KHABAR_PG_USER");
        String password = env.get("KHABAR_PG_PASSWORD");
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            if (parts.length == 2) password = parts[1];
        }
        if (uri.getHost() == null) throw new IllegalArgumentException("no host in " + spec);
        String db = uri.getPath() == null || uri.getPath().length() <= 1 ? "khabar" : uri.getPath().substring(1);
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        // Query options pass through to the driver (e.g. ?currentSchema=news&sslmode=require).
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new PostgresConfig("jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + db + query, user, password,
                DEFAULT_POOL_SIZE);
    }

    @Override
    public String toString() {
        // Never print the password.
        return "PostgresConfig[" + jdbcUrl + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
