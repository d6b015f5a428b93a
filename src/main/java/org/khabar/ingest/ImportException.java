package org.khabar.ingest;

import java.io.IOException;

/** A whole import file cannot be read: missing, unreadable, or not one of the {@link ImportFormat}s. */
public class ImportException extends IOException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
