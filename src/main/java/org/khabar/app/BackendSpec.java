package org.khabar.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A backend chosen on the command line or in the config file:
 * {@code --store sqlite:DIR | postgresql://host:port/db} and {@code --index lucene:DIR | opensearch://host:port,…[/alias][?shards=N&replicas=N]}.
 * Parsing is strict: anything else is a clear error naming the accepted forms.
 */
public sealed interface BackendSpec {

    /** Embedded SQLite store in DIR (the file DIR/khabar.db). */
    record SqliteStore(Path dir) implements BackendSpec { }

    /** PostgreSQL store; {@code spec} is the full postgresql:// string (credentials from the environment). */
    record PostgresStore(String spec) implements BackendSpec { }

    /** Embedded Lucene index in DIR. */
    record LuceneIndexSpec(Path dir) implements BackendSpec { }

    /**
     * OpenSearch index on one or more nodes; {@code nodes} is "http://h:9200,http://h2:9200". The alias, shard and
     * replica counts apply when khabar creates the index ({@code opensearch://h:9200/ALIAS?shards=3&replicas=1}).
     */
    record OpenSearchIndexSpec(String nodes, String alias, int shards, int replicas) implements BackendSpec {
        public OpenSearchIndexSpec(String nodes) {
            this(nodes, "khabar-articles", 1, 0);
        }
    }

    static BackendSpec store(String spec) {
        Objects.requireNonNull(spec, "store spec");
        String s = spec.strip();
        if (s.startsWith("sqlite:") && s.length() > "sqlite:".length()) {
            return new SqliteStore(Path.of(s.substring("sqlite:".length())));
        }
        if (s.startsWith("postgresql://") && s.length() > "postgresql://".length()) return new PostgresStore(s);
        throw new IllegalArgumentException("unknown store '" + spec + "': use sqlite:DIR or postgresql://host:port/db");
    }

    static BackendSpec index(String spec) {
        Objects.requireNonNull(spec, "index spec");
        String s = spec.strip();
        if (s.startsWith("lucene:") && s.length() > "lucene:".length()) {
            return new LuceneIndexSpec(Path.of(s.substring("lucene:".length())));
        }
        if (s.startsWith("opensearch://") && s.length() > "opensearch://".length()) {
            String rest = s.substring("opensearch://".length());
            Map<String, String> params = new HashMap<>();
            int q = rest.indexOf('?');
            if (q >= 0) {
                for (String kv : rest.substring(q + 1).split("&")) {
                    String[] p = kv.split("=", 2);
                    if (p.length != 2 || !(p[0].equals("shards") || p[0].equals("replicas")) || !p[1].matches("\\d{1,3}")) {
                        throw new IllegalArgumentException("bad OpenSearch option '" + kv + "' in " + spec
                                + " (known: shards=N, replicas=N)");
                    }
                    params.put(p[0], p[1]);
                }
                rest = rest.substring(0, q);
            }
            String alias = "khabar-articles";
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                alias = rest.substring(slash + 1);
                rest = rest.substring(0, slash);
                if (!alias.matches("[a-z0-9][a-z0-9_-]{0,200}")) {
                    throw new IllegalArgumentException("bad OpenSearch alias '" + alias + "' in " + spec
                            + " (lower-case letters, digits, '-' or '_')");
                }
            }
            StringBuilder nodes = new StringBuilder();
            for (String node : rest.split(",")) {
                String n = node.strip();
                if (n.isEmpty()) continue;
                if (!n.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
                    throw new IllegalArgumentException("bad OpenSearch node '" + n + "' in " + spec
                            + " (want host:port)");
                }
                if (nodes.length() > 0) nodes.append(',');
                nodes.append("http://").append(n);
            }
            if (nodes.length() == 0) throw new IllegalArgumentException("no OpenSearch node in " + spec);
            int shards = Integer.parseInt(params.getOrDefault("shards", "1"));
            int replicas = Integer.parseInt(params.getOrDefault("replicas", "0"));
            if (shards < 1) throw new IllegalArgumentException("shards must be at least 1 in " + spec);
            return new OpenSearchIndexSpec(nodes.toString(), alias, shards, replicas);
        }
        throw new IllegalArgumentException("unknown index '" + spec
                + "': use lucene:DIR or opensearch://host:port[,host:port…]");
    }
}
