package org.khabar.serve;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebServerTest {

    @Test
    void extraRoutesAreServedAndTheirFailuresGetTheErrorPages() {
        List<Consumer<Javalin>> extras = List.of(
                app -> app.get("/health", ctx -> ctx.result("ok")),
                app -> app.get("/boom", ctx -> {
                    throw new IllegalStateException("secret detail at org.khabar.Internal");
                }),
                app -> app.get("/api/v1/boom", ctx -> {
                    throw new IllegalStateException("secret detail");
                }));
        try (WebServer server = WebServer.start(FixtureNews.readSide(), WebConfig.defaults().withPort(0).extraRoutes(extras))) {
            Http http = new Http("http://127.0.0.1:" + server.port());
            assertThat(http.get("/health").body()).isEqualTo("ok");
            assertThat(http.get("/health").headers().firstValue("X-Content-Type-Options")).contains("nosniff");

            HttpResponse<String> boom = http.get("/boom");
            assertThat(boom.statusCode()).isEqualTo(500);
            assertThat(boom.body()).contains("حدث خطأ").doesNotContain("secret").doesNotContain("IllegalState");
            PortalHttpTest.assertNoTrace(boom.body());

            HttpResponse<String> apiBoom = http.get("/api/v1/boom");
            assertThat(apiBoom.statusCode()).isEqualTo(500);
            assertThat(apiBoom.body()).isEqualTo("{\"error\":\"internal error\"}");
        }
    }

    @Test
    void ephemeralPortIsReportedAndReleasedOnClose() throws IOException {
        int port;
        try (WebServer server = WebServer.start(FixtureNews.readSide(), WebConfig.defaults().withPort(0))) {
            port = server.port();
            assertThat(port).isPositive();
            assertThat(new Http("http://127.0.0.1:" + port).get("/").statusCode()).isEqualTo(200);
        }
        try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void configRefusesNonsense() {
        assertThatThrownBy(() -> WebConfig.defaults().withPort(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebConfig.defaults().withPageSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebConfig.defaults().withPageSize(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
