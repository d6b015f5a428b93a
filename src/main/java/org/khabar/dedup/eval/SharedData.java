package org.khabar.dedup.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared: system property khabar.shared, env KHABAR_SHARED, ../shared, then /work/shared. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String prop = System.getProperty("khabar.shared");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String env = System.getenv("KHABAR_SHARED");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path sibling = Path.of("..", "shared");
        if (Files.isDirectory(sibling)) return sibling;
        return Path.of("/work/shared");
    }

    public static Path saudiNewsNet() {
        return root().resolve("data").resolve("saudinewsnet");
    }
}
