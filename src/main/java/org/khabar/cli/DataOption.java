package org.khabar.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The data folder of the embedded default, shared by every command that opens khabar. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "khabar-data",
            description = "Data folder (SQLite store + Lucene index). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    public Path dataDir() {
        return dataDir.toAbsolutePath().normalize();
    }
}
