package org.khabar.serve.admin;

import io.javalin.Javalin;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.khabar.app.TagEditor;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.ingest.outlet.AdminToken;
import org.khabar.serve.BadParameter;
import org.khabar.serve.Params;
import org.khabar.store.EditorialTags.TagEdit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * An editor's corrections of keyword tags over HTTP (bearer token, as every admin route; app.TagEditor does the
 * work):
 * <ul>
 *   <li>{@code GET /api/admin/tags/blocked}; {@code PUT|DELETE /api/admin/tags/blocked/{label}}: rule a tag out
 *       everywhere (the articles carrying it are tagged again at once), or allow it again</li>
 *   <li>{@code GET /api/admin/tags/entities}: the entities shipped as one tag each, with their names</li>
 *   <li>{@code GET /api/admin/tags/merged}; {@code PUT /api/admin/tags/merged/{label}?into={label}}, {@code DELETE
 *       /api/admin/tags/merged/{label}}: show a tag as another one everywhere (409 when they are one tag already),
 *       or make it its own again</li>
 *   <li>{@code GET /api/admin/articles/{id}/tags}: the article's tags and the editor's decisions on them</li>
 *   <li>{@code PUT|DELETE /api/admin/articles/{id}/tags/{label}}: add a tag to the article, or remove one</li>
 *   <li>{@code DELETE /api/admin/articles/{id}/tag-edits/{label}}: take a decision back</li>
 * </ul>
 */
public final class TagAdminRoutes {

    private TagAdminRoutes() {
    }

    /** A tag as the admin API shows it. */
    record TagJson(String key, String label, double score) {
        static TagJson of(Tag t) {
            return new TagJson(t.key(), t.label(), t.score());
        }
    }

    /** An article's tags and the editor's decisions on them. */
    record ArticleTags(long id, List<TagJson> tags, List<TagEdit> edits) {
    }

    public static void register(Javalin app, TagEditor editor, AdminToken token) {
        app.get("/api/admin/tags/blocked", ctx -> {
            if (AdminAuth.authorized(ctx, token)) ctx.json(editor.blocked());
        });
        app.put("/api/admin/tags/blocked/<label>", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            String label = label(ctx);
            int changed = tagging(() -> editor.block(label));
            ctx.json(Map.of("label", label, "articlesChanged", changed));
        });
        app.delete("/api/admin/tags/blocked/<label>", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            String label = label(ctx);
            if (!tagging(() -> editor.unblock(label))) throw new NotFoundResponse("the tag was not ruled out: " + label);
            ctx.status(HttpStatus.NO_CONTENT);
        });
        app.get("/api/admin/tags/entities", ctx -> {
            if (AdminAuth.authorized(ctx, token)) ctx.json(editor.shippedEntities());
        });
        app.get("/api/admin/tags/merged", ctx -> {
            if (AdminAuth.authorized(ctx, token)) ctx.json(editor.merged());
        });
        app.put("/api/admin/tags/merged/<label>", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            String label = label(ctx);
            String into = Params.text(ctx, "into", Params.MAX_LABEL_CHARS);
            if (into == null) throw new BadParameter("into", "is required: the label of the tag to merge into");
            int changed = tagging(() -> {
                try {
                    return editor.merge(label, into);
                } catch (TagEditor.SameTag e) {
                    throw new ConflictResponse(e.getMessage());
                }
            });
            ctx.json(Map.of("label", label, "into", into, "articlesChanged", changed));
        });
        app.delete("/api/admin/tags/merged/<label>", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            String label = label(ctx);
            if (!tagging(() -> editor.unmerge(label))) throw new NotFoundResponse("the tag was not merged: " + label);
            ctx.status(HttpStatus.NO_CONTENT);
        });
        app.get("/api/admin/articles/{id}/tags", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            long id = id(ctx);
            Article a = editor.article(id).orElseThrow(() -> noArticle(id));
            ctx.json(view(editor, a));
        });
        app.put("/api/admin/articles/{id}/tags/<label>", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            long id = id(ctx);
            String label = label(ctx);
            answer(ctx, editor, id, tagging(() -> editor.add(id, label)));
        });
        app.delete("/api/admin/articles/{id}/tags/<label>", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            long id = id(ctx);
            String label = label(ctx);
            answer(ctx, editor, id, tagging(() -> editor.remove(id, label)));
        });
        app.delete("/api/admin/articles/{id}/tag-edits/<label>", ctx -> {
            if (!AdminAuth.authorized(ctx, token)) return;
            long id = id(ctx);
            String label = label(ctx);
            answer(ctx, editor, id, tagging(() -> editor.undo(id, label)));
        });
    }

    private static void answer(Context ctx, TagEditor editor, long id, Optional<Article> done) {
        ctx.json(view(editor, done.orElseThrow(() -> noArticle(id))));
    }

    private static ArticleTags view(TagEditor editor, Article a) {
        return new ArticleTags(a.id(), a.tags().stream().map(TagJson::of).toList(), editor.edits(a.id()));
    }

    private static NotFoundResponse noArticle(long id) {
        return new NotFoundResponse("no article with id " + id);
    }

    private static long id(Context ctx) {
        OptionalLong id = Params.articleId(ctx.pathParam("id"));
        if (id.isEmpty()) throw new BadParameter("id", "must be a positive whole number");
        return id.getAsLong();
    }

    private static String label(Context ctx) {
        return Params.checkedText("label", ctx.pathParam("label"), Params.MAX_LABEL_CHARS).strip();
    }

    /** A label without a word is the client's mistake (400), not the server's. */
    private static <T> T tagging(Supplier<T> work) {
        try {
            return work.get();
        } catch (TagEditor.NotATag e) {
            throw new BadParameter("label", "names no tag: it has no word");
        }
    }
}
