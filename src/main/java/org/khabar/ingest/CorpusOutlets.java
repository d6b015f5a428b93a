package org.khabar.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.khabar.core.Source;

/**
 * The outlets of the bulk-import corpora (ANT, SaudiNewsNet) with their Arabic display names, read from
 * {@code corpus-outlets.tsv} beside this class.
 *
 * <p>Source ids are normalised to stable lower-case ids: the corpora's own spellings are aliases
 * (ANT's {@code alarabia} → {@code alarabiya}, {@code BBC} → {@code bbc}; SaudiNewsNet's {@code was}, the Saudi
 * Press Agency, → {@code spa}). Gold files that name sources by the corpus spelling map through
 * {@link #normaliseId(String)}.
 */
public final class CorpusOutlets {

    private static final String RESOURCE = "corpus-outlets.tsv";
    private static final Map<String, Source> BY_ID;
    private static final Map<String, String> ALIAS_TO_ID;

    static {
        Map<String, Source> byId = new LinkedHashMap<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        try (InputStream in = CorpusOutlets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3) {
                    throw new IllegalStateException(RESOURCE + ": expected id, name, site URL in: " + line);
                }
                String id = f[0].strip();
                byId.put(id, new Source(id, f[1].strip(), f[2].strip()));
                aliases.put(id, id);
                if (f.length > 3) {
                    for (String alias : f[3].split(",")) {
                        if (!alias.isBlank()) {
                            aliases.put(alias.strip().toLowerCase(Locale.ROOT), id);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BY_ID = Collections.unmodifiableMap(byId);
        ALIAS_TO_ID = Collections.unmodifiableMap(aliases);
    }

    private CorpusOutlets() {
    }

    /** The stable id for a corpus's source spelling; an unknown spelling is trimmed and lower-cased. */
    public static String normaliseId(String raw) {
        String key = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return ALIAS_TO_ID.getOrDefault(key, key);
    }

    /** The outlet for an id or corpus spelling, if it is one of the corpora's outlets. */
    public static Optional<Source> source(String idOrAlias) {
        return Optional.ofNullable(BY_ID.get(normaliseId(idOrAlias)));
    }

    /** Every known outlet, in file order. */
    public static Collection<Source> all() {
        return BY_ID.values();
    }
}
