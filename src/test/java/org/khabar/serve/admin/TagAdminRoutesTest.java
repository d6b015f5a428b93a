package org.khabar.serve.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.Khabar;
import org.khabar.app.TagEditor;
import org.khabar.ingest.outlet.AdminToken;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's tag routes over real HTTP on loopback, on a real SQLite store and Lucene index. */
class TagAdminRoutesTest {
    static final String TOKEN = EditorPortal.TOKEN;

    @TempDir
    Path dir;
    EditorPortal portal;
    Khabar khabar;
    List<Long> ids;

    private void start(AdminToken token) {
        portal = new EditorPortal(dir, (app, k) -> TagAdminRoutes.register(app, new TagEditor(k), token));
        khabar = portal.khabar;
        ids = portal.ids;
    }

    @AfterEach
    void stop() {
        if (portal != null) portal.close();
    }

    private static String path(String label) {
        return URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        return portal.send(method, path, token);
    }

    @Test
    void withoutAConfiguredTokenTheRoutesAreOffAndChangeNothing() throws Exception {
        start(AdminToken.of(null));
        assertThat(send("PUT", "/api/admin/tags/blocked/" + path("كييف"), TOKEN).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/tags/" + path("كييف"), null).body()).doesNotContain("\"total\":0");
    }

    @Test
    void aWrongOrMissingTokenIsRefused() throws Exception {
        start(AdminToken.of(TOKEN));
        assertThat(send("PUT", "/api/admin/tags/blocked/" + path("كييف"), null).statusCode()).isEqualTo(401);
        assertThat(send("PUT", "/api/admin/tags/blocked/" + path("كييف"), "not-the-token-at-all").statusCode())
                .isEqualTo(401);
        assertThat(send("DELETE", "/api/admin/articles/" + ids.get(0) + "/tags/" + path("كييف"), null).statusCode())
                .isEqualTo(401);
        assertThat(khabar.store().get(ids.get(0)).orElseThrow().tags()).extracting(t -> t.label()).contains("كييف");
    }

    @Test
    void anEditorRulesATagOutAndThePublicTagPageEmptiesAtOnce() throws Exception {
        start(AdminToken.of(TOKEN));
        assertThat(send("GET", "/api/v1/tags/" + path("كييف"), null).body()).doesNotContain("\"total\":0");

        HttpResponse<String> block = send("PUT", "/api/admin/tags/blocked/" + path("كييف"), TOKEN);
        assertThat(block.statusCode()).isEqualTo(200);
        assertThat(block.body()).contains("\"articlesChanged\":3");
        assertThat(send("GET", "/api/admin/tags/blocked", TOKEN).body()).contains("\"label\":\"كييف\"");
        HttpResponse<String> page = send("GET", "/api/v1/tags/" + path("كييف"), null);
        assertThat(page.statusCode() == 404 || page.body().contains("\"total\":0")).as(page.body()).isTrue();

        assertThat(send("DELETE", "/api/admin/tags/blocked/" + path("كييف"), TOKEN).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/api/admin/tags/blocked/" + path("كييف"), TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void anEditorAddsAndRemovesOneArticlesTags() throws Exception {
        start(AdminToken.of(TOKEN));
        long id = ids.get(1);
        HttpResponse<String> add = send("PUT", "/api/admin/articles/" + id + "/tags/" + path("الدفاع الجوي"), TOKEN);
        assertThat(add.statusCode()).isEqualTo(200);
        assertThat(add.body()).startsWith("{\"id\":" + id + ",\"tags\":[{\"key\":").contains("\"label\":\"الدفاع الجوي\"");
        assertThat(send("GET", "/api/v1/articles/" + id, null).body()).contains("الدفاع الجوي");

        HttpResponse<String> remove = send("DELETE", "/api/admin/articles/" + id + "/tags/" + path("كييف"), TOKEN);
        assertThat(remove.statusCode()).isEqualTo(200);
        String tags = remove.body().substring(0, remove.body().indexOf("\"edits\""));
        assertThat(tags).doesNotContain("\"label\":\"كييف\"");
        assertThat(remove.body()).contains("\"label\":\"كييف\",\"added\":false");
        assertThat(send("GET", "/api/admin/articles/" + id + "/tags", TOKEN).body()).contains("\"added\":true");

        HttpResponse<String> undo = send("DELETE", "/api/admin/articles/" + id + "/tag-edits/" + path("كييف"), TOKEN);
        assertThat(undo.body()).contains("\"label\":\"كييف\"");
    }

    @Test
    void badInputGetsAClearErrorAndChangesNothing() throws Exception {
        start(AdminToken.of(TOKEN));
        assertThat(send("PUT", "/api/admin/articles/abc/tags/" + path("كييف"), TOKEN).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/admin/articles/999999/tags/" + path("كييف"), TOKEN).statusCode()).isEqualTo(404);
        HttpResponse<String> noWord = send("PUT", "/api/admin/tags/blocked/" + path("،؛"), TOKEN);
        assertThat(noWord.statusCode()).isEqualTo(400);
        assertThat(noWord.body()).contains("label");
        assertThat(send("PUT", "/api/admin/tags/blocked/" + "ا".repeat(300), TOKEN).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/admin/tags/blocked", TOKEN).body()).isEqualTo("[]");
    }

    @Test
    void anEditorMergesATagIntoAnotherAndBothNamesLeadToOnePage() throws Exception {
        start(AdminToken.of(TOKEN));
        assertThat(send("PUT", "/api/admin/tags/merged/" + path("كييف") + "?into=" + path("أوكرانيا"), null)
                .statusCode()).isEqualTo(401);
        assertThat(send("PUT", "/api/admin/tags/merged/" + path("كييف"), TOKEN).statusCode()).isEqualTo(400);

        HttpResponse<String> merge = send("PUT", "/api/admin/tags/merged/" + path("كييف") + "?into=" + path("أوكرانيا"),
                TOKEN);
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);
        assertThat(merge.body()).contains("\"articlesChanged\":3");
        assertThat(send("GET", "/api/admin/tags/merged", TOKEN).body())
                .contains("\"label\":\"كييف\"").contains("\"intoLabel\":\"أوكرانيا\"");
        String kyiv = send("GET", "/api/v1/tags/" + path("كييف"), null).body();
        assertThat(kyiv).contains("\"total\":3");
        assertThat(send("GET", "/api/v1/tags/" + path("أوكرانيا"), null).body()).contains("\"total\":3");
        assertThat(send("PUT", "/api/admin/tags/merged/" + path("أوكرانيا") + "?into=" + path("كييف"), TOKEN)
                .statusCode()).as("one tag already").isEqualTo(409);

        assertThat(send("DELETE", "/api/admin/tags/merged/" + path("كييف"), TOKEN).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/api/admin/tags/merged/" + path("كييف"), TOKEN).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/admin/tags/merged", TOKEN).body()).isEqualTo("[]");
    }

    @Test
    void anEditorSeesTheEntitiesShippedAsOneTagEach() throws Exception {
        start(AdminToken.of(TOKEN));
        assertThat(send("GET", "/api/admin/tags/entities", null).statusCode()).isEqualTo(401);
        HttpResponse<String> entities = send("GET", "/api/admin/tags/entities", TOKEN);
        assertThat(entities.statusCode()).isEqualTo(200);
        assertThat(entities.body()).contains("\"names\":[\"الناتو\",\"حلف شمال الأطلسي\"")
                .contains("\"key\":\"" + khabar.analysis().tagKey("أمريكا") + "\"");
    }
}
