package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = KhabarCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static byte[] fixture() throws Exception {
        try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/org/khabar/extract/arabic-article-jsonld.html")) {
            return in.readAllBytes();
        }
    }

    @Test
    void fileGivesJsonWithTheRequiredFields(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.html");
        Files.write(f, fixture());
        Run r = run("extract", f.toString());
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("title").asText()).isEqualTo("الحكومة تعلن خطة جديدة لدعم المزارعين");
        assertThat(j.get("text").asText()).startsWith("أعلنت الحكومة").contains("\n");
        assertThat(j.get("published").asText()).isEqualTo("2021-03-15T07:30:00Z");
        assertThat(j.get("author").asText()).isEqualTo("سارة محمود");
        assertThat(j.get("lang").asText()).isEqualTo("ar");
        assertThat(j.get("canonical").asText()).startsWith("https://alkhabar.example/news/2021/03/15/");
    }

    @Test
    void urlOnLoopbackNeedsAllowPrivate() throws Exception {
        byte[] page = fixture();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(page);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/news/1";
            Run refused = run("extract", url);
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("refusing 127.0.0.1");
            Run ok = run("extract", "--allow-private", url);
            assertThat(ok.code()).isZero();
            assertThat(new ObjectMapper().readTree(ok.out()).get("title").asText()).isEqualTo("الحكومة تعلن خطة جديدة لدعم المزارعين");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void missingFileIsAClearError() {
        Run r = run("extract", "/no/such/page.html");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no such file");
    }
}
