package org.khabar.app;

import java.nio.file.Path;

/** Opens khabar on concrete backends. */
public final class Backends {
    private Backends() {
    }

    /** khabar on the embedded default: SQLite store and Lucene index in one data folder. */
    public static Khabar openEmbedded(Path dataDir) {
        throw new UnsupportedOperationException("embedded backends are being wired in");
    }
}
