package org.khabar.serve.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.Takedowns;
import org.khabar.ingest.outlet.AdminToken;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Takedowns over real HTTP on loopback, on a real SQLite store and Lucene index: the portal and API follow at once. */
class TakedownRoutesTest {
    static final String TOKEN = EditorPortal.TOKEN;

    @TempDir
    Path dir;
    EditorPortal portal;
    List<Long> ids;

    @BeforeEach
    void start() {
        portal = new EditorPortal(dir, (app, k) -> TakedownRoutes.register(app, new Takedowns(k), AdminToken.of(TOKEN)));
        ids = portal.ids;
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        return portal.send(method, path, token);
    }

    @Test
    void anEditorWithdrawsAnArticleAndShowsItAgain() throws Exception {
        long id = ids.get(0);
        String reason = URLEncoder.encode("طلب قانوني", StandardCharsets.UTF_8);
        assertThat(send("PUT", "/api/admin/articles/" + id + "/withdrawn", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/articles/" + id, null).statusCode()).isEqualTo(200);

        HttpResponse<String> put = send("PUT", "/api/admin/articles/" + id + "/withdrawn?reason=" + reason, TOKEN);
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.body()).contains("\"articleId\":" + id, "\"reason\":\"طلب قانوني\"");
        assertThat(send("GET", "/articles/" + id, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/articles/" + id, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/articles?limit=10", null).body()).contains("\"total\":2");
        assertThat(send("GET", "/feeds/latest", null).body()).doesNotContain("/articles/" + id + "\"");
        assertThat(send("GET", "/api/admin/withdrawn", TOKEN).body()).contains("\"articleId\":" + id);

        assertThat(send("DELETE", "/api/admin/articles/" + id + "/withdrawn", TOKEN).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/api/admin/articles/" + id + "/withdrawn", TOKEN).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/articles/" + id, null).statusCode()).isEqualTo(200);
    }

    @Test
    void badInputGetsAClearErrorAndWithdrawsNothing() throws Exception {
        assertThat(send("PUT", "/api/admin/articles/abc/withdrawn", TOKEN).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/admin/articles/999999/withdrawn", TOKEN).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/admin/articles/" + ids.get(0) + "/withdrawn?reason=" + "x".repeat(1_200), TOKEN)
                .statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/admin/withdrawn", TOKEN).body()).isEqualTo("[]");
        assertThat(send("GET", "/api/v1/articles?limit=10", null).body()).contains("\"total\":3");
    }
}
