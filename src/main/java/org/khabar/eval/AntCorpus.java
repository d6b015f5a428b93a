package org.khabar.eval;

import org.khabar.core.Article;
import org.khabar.ingest.ImportException;
import org.khabar.ingest.ImportFormat;
import org.khabar.ingest.ImportItem;
import org.khabar.ingest.ImportReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The ANT corpus ({@code ant-v2.1.jsonl.gz}) for evaluations, read through khabar's own import reader. */
public final class AntCorpus {
    /** One ANT document as an article, with its docno (also kept as {@code externalId}). */
    public record Doc(String docno, Article article) {
    }

    public static final String PATH = "data/ant/ant-v2.1.jsonl.gz";

    private AntCorpus() {
    }

    /** Calls {@code each(title, text)} for every readable article, up to {@code limit} (≤0: all); returns the count. */
    public static int forEach(Path file, int limit, BiConsumer<String, String> each) throws IOException {
        int count = 0;
        try (ImportReader reader = open(file)) {
            while (reader.hasNext() && (limit <= 0 || count < limit)) {
                if (reader.next() instanceof ImportItem.Parsed p) {
                    each.accept(p.article().title(), p.article().body());
                    count++;
                }
            }
        }
        return count;
    }

    /** Every ANT document with a parseable date, oldest first (ties by docno), ids 1..n in that order. */
    public static List<Doc> load(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (ImportReader reader = open(file)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof ImportItem.Parsed p && p.article().published() != null) {
                    docs.add(new Doc(p.article().externalId(), p.article()));
                }
            }
        }
        docs.sort(Comparator.comparing((Doc d) -> d.article().published()).thenComparing(Doc::docno));
        List<Doc> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            out.add(new Doc(docs.get(i).docno(), docs.get(i).article().withId(i + 1)));
        }
        return out;
    }

    private static ImportReader open(Path file) throws IOException {
        try {
            return ImportReader.open(file, Optional.of(ImportFormat.ANT_JSONL));
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
