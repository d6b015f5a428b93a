package org.khabar.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cluster tests run against (ops/test-cluster.sh starts it): PostgreSQL from KHABAR_PG_URL/USER/PASSWORD and
 * the 3-node OpenSearch cluster from KHABAR_OPENSEARCH_CLUSTER ("127.0.0.1:9201,127.0.0.1:9202,127.0.0.1:9203").
 * Missing variables fail the test: a cluster run that silently tested nothing would look green.
 */
final class ClusterEnv {
    private ClusterEnv() {
    }

    static String openSearchNodes() {
        String v = System.getenv("KHABAR_OPENSEARCH_CLUSTER");
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("KHABAR_OPENSEARCH_CLUSTER is not set (run ops/test-cluster.sh)");
        }
        return v.strip();
    }

    static List<String> openSearchHttp() {
        List<String> out = new ArrayList<>();
        for (String n : openSearchNodes().split(",")) out.add("http://" + n.strip());
        return out;
    }

    /** The --store spec for a schema of the test database (credentials stay in the environment). */
    static String storeSpec(String schema) {
        String url = System.getenv("KHABAR_PG_URL");
        if (url == null) throw new IllegalStateException("KHABAR_PG_URL is not set (run ops/test-cluster.sh)");
        return url.replaceFirst("^jdbc:", "") + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Sends a request to the first node that answers; returns the body. */
    static String openSearch(String method, String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        IOException last = null;
        for (String node : openSearchHttp()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node + path))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                return r.body();
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    /** The repository's ops/ folder (KHABAR_OPS, else ops/ under the build's working directory). */
    static Path ops() {
        String v = System.getenv("KHABAR_OPS");
        return v != null && !v.isBlank() ? Path.of(v) : Path.of(System.getProperty("user.dir"), "ops");
    }

    /** Runs an ops script and fails with its output when it fails. */
    static void runOps(String script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", ops().resolve(script).toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(script + " failed:\n" + out);
        }
    }

    /** A `khabar` child JVM with the test classpath. */
    static ProcessBuilder khabar(Path log, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.khabar.cli.KhabarCli"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    }
}
