package org.khabar.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON over the opensearch-java client's generic API, on the Apache HttpClient 5 transport (which spreads requests
 * over every listed node and skips dead ones, so losing one node of a cluster does not stop khabar).
 * The index settings and queries are plain JSON documents: easier to read and compare with the OpenSearch docs
 * than the typed builders, and they map one to one onto the REST API.
 */
final class OpenSearchRest implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchTransport transport;
    private final OpenSearchGenericClient client;
    private final String description;

    OpenSearchRest(List<URI> nodes) {
        if (nodes.isEmpty()) throw new IllegalArgumentException("no OpenSearch node given");
        List<HttpHost> hosts = new ArrayList<>();
        for (URI n : nodes) {
            if (n.getHost() == null) throw new IllegalArgumentException("no host in OpenSearch address " + n);
            String scheme = n.getScheme() == null ? "http" : n.getScheme();
            hosts.add(new HttpHost(scheme, n.getHost(), n.getPort() > 0 ? n.getPort() : 9200));
        }
        this.transport = ApacheHttpClient5TransportBuilder.builder(hosts.toArray(new HttpHost[0]))
                .setMapper(new JacksonJsonpMapper())
                .build();
        this.client = new OpenSearchGenericClient(transport);
        this.description = nodes.toString();
    }

    /** Parses "http://h:9200,http://h2:9200" or "h:9200,h2:9200" (the part after opensearch://). */
    static List<URI> parseNodes(String list) {
        List<URI> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            out.add(URI.create(p.contains("://") ? p : "http://" + p));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no OpenSearch node in '" + list + "'");
        return out;
    }

    /** Sends a request; returns the parsed body. HTTP errors other than those in {@code okStatuses} throw. */
    JsonNode call(String method, String path, Object body, int... okStatuses) {
        byte[] bytes = null;
        try {
            if (body != null) bytes = body instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : JSON.writeValueAsBytes(body);
            try (Response r = client.execute(Requests.create(method, path, List.of(), Map.of(),
                    bytes == null ? null : Body.from(bytes, "application/json")))) {
                int status = r.getStatus();
                JsonNode json = r.getBody().map(b -> {
                    try {
                        return JSON.readTree(b.bodyAsBytes());
                    } catch (IOException e) {
                        return JSON.createObjectNode().put("unparsable", b.bodyAsString());
                    }
                }).orElse(JSON.createObjectNode());
                if (status >= 300 && !contains(okStatuses, status)) {
                    throw new OpenSearchException(method + " " + path + " on " + description + " failed with HTTP "
                            + status + ": " + abbreviate(json.toString()));
                }
                return json;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch " + description + " unreachable (" + method + " " + path
                    + "): " + e.getMessage(), e);
        }
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) if (x == v) return true;
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "…";
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the OpenSearch client", e);
        }
    }

    /** An OpenSearch request that reached the server and was refused. */
    static final class OpenSearchException extends RuntimeException {
        OpenSearchException(String message) {
            super(message);
        }
    }
}
