package org.khabar.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared read-only data: -Dkhabar.shared, $KHABAR_SHARED, ../shared (if it holds data/), /work/shared. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String prop = System.getProperty("khabar.shared");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String env = System.getenv("KHABAR_SHARED");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path rel = Path.of("..", "shared");
        if (Files.isDirectory(rel.resolve("data"))) return rel;
        return Path.of("/work/shared");
    }

    /** Where the SaudiNewsNet data set lies (the dedup evaluation reads it); not checked to exist. */
    public static Path saudiNewsNet() {
        return root().resolve("data").resolve("saudinewsnet");
    }

    public static Path require(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data not found: " + p
                    + " (set -Dkhabar.shared or KHABAR_SHARED to the shared directory)");
        }
        return p;
    }
}
