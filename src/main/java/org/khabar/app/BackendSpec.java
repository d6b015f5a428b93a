package org.khabar.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A backend chosen on the command line or in the config file:
 * {@code --store sqlite:DIR | postgresql://host:port/db} and {@code --index lucene:DIR | opensearch://host:port,…}.
 * Parsing is strict: anything else is a clear error naming the accepted forms.
 */
public sealed interface BackendSpec {

    /** Embedded SQLite store in DIR (the file DIR/khabar.db). */
    record SqliteStore(Path dir) implements BackendSpec { }

    /** PostgreSQL store; {@code spec} is the full postgresql:// string (credentials from the environment). */
    record PostgresStore(String spec) implements BackendSpec { }

    /** Embedded Lucene index in DIR. */
    record LuceneIndexSpec(Path dir) implements BackendSpec { }

    /** OpenSearch index on one or more nodes; {@code nodes} is "http://h:9200,http://h2:9200". */
    record OpenSearchIndexSpec(String nodes) implements BackendSpec { }

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
            StringBuilder nodes = new StringBuilder();
            for (String node : s.substring("opensearch://".length()).split(",")) {
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
            return new OpenSearchIndexSpec(nodes.toString());
        }
        throw new IllegalArgumentException("unknown index '" + spec
                + "': use lucene:DIR or opensearch://host:port[,host:port…]");
    }
}
