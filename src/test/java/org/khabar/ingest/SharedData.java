package org.khabar.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared for evaluation tests: property khabar.shared, env KHABAR_SHARED, ../shared, /work/shared. */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String prop = System.getProperty("khabar.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("KHABAR_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path sibling = Path.of("..", "shared");
        if (Files.isDirectory(sibling)) {
            return sibling;
        }
        return Path.of("/work/shared");
    }

    static Path data(String relative) {
        Path p = root().resolve("data").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data missing: " + p + " (set -Dkhabar.shared=...)");
        }
        return p;
    }
}
