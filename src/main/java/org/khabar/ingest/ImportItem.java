package org.khabar.ingest;

import java.util.Objects;
import org.khabar.core.Article;

/** One record of an import file, read either into an article draft or rejected with a reason. */
public sealed interface ImportItem permits ImportItem.Parsed, ImportItem.Rejected {

    /**
     * Where the record came from: the file as given, and for a zip entry {@code file.zip!entry.json}.
     */
    String file();

    /**
     * 1-based line of the record: the JSONL line, or the line of the record's opening brace inside a zip
     * entry. 0 when the problem concerns the whole file.
     */
    long line();

    /** A record read into a draft ({@link Article#draft}); its URL is already canonical ({@link CanonicalUrl}). */
    record Parsed(Article article, String file, long line) implements ImportItem {
        public Parsed {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(file, "file");
        }
    }

    /** A record that could not be imported, and why, in words meant for the person running the import. */
    record Rejected(String file, long line, String reason) implements ImportItem {
        public Rejected {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + reason;
        }
    }
}
