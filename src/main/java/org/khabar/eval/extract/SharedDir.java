package org.khabar.eval.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared evaluation data lives: system property {@code khabar.shared}, else env {@code KHABAR_SHARED},
 * else {@code ../shared} relative to the working directory, else {@code /work/shared}.
 */
public final class SharedDir {
    private SharedDir() {
    }

    public static Path resolve() {
        String prop = System.getProperty("khabar.shared");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String env = System.getenv("KHABAR_SHARED");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path rel = Path.of("..", "shared");
        if (Files.isDirectory(rel)) return rel;
        return Path.of("/work/shared");
    }
}
