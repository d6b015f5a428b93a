package org.khabar.ingest.outlet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured outlets, loaded from a JSON file ({@code {"outlets":[...]}}) and editable at run time
 * (admin API). Thread-safe; {@link #save(Path)} writes the file back.
 */
public final class OutletRegistry {

    /** Resource with the default outlets crawled by {@code khabar serve}. */
    public static final String DEFAULT_RESOURCE = "/org/khabar/ingest/outlet/default-outlets.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record FileFormat(List<Outlet> outlets) {
    }

    private final Map<String, Outlet> outlets = new LinkedHashMap<>();

    public OutletRegistry(List<Outlet> initial) {
        for (Outlet o : initial) put(o);
    }

    public static OutletRegistry load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static OutletRegistry defaults() {
        try (InputStream in = OutletRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    private static OutletRegistry read(InputStream in, String what) throws IOException {
        try {
            FileFormat f = JSON.readValue(in, new TypeReference<FileFormat>() { });
            if (f.outlets() == null) throw new IOException(what + ": no \"outlets\" array");
            return new OutletRegistry(f.outlets());
        } catch (com.fasterxml.jackson.core.JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new IOException("bad outlet config " + what + ": " + e.getMessage(), e);
        }
    }

    public synchronized void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), new FileFormat(list()));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public synchronized List<Outlet> list() {
        return new ArrayList<>(outlets.values());
    }

    public synchronized Optional<Outlet> get(String id) {
        return Optional.ofNullable(outlets.get(id));
    }

    public synchronized void put(Outlet o) {
        outlets.put(o.id(), o);
    }

    public synchronized boolean remove(String id) {
        return outlets.remove(id) != null;
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
