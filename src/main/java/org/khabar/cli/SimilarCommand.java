package org.khabar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.khabar.app.ArticleView;
import org.khabar.app.Khabar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Prints an article's \"read also\" and similar articles as JSON.")
public final class SimilarCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "ID", description = "Article id, as in the API")
    long id;

    @Override
    public Integer call() throws Exception {
        try (DataOption.Held lock = data.lock("khabar similar");
             Khabar khabar = data.open()) {
            Optional<ArticleView> view = khabar.article(id);
            if (view.isEmpty()) {
                System.err.println("khabar: no article with id " + id);
                return 2;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("title", view.get().article().title());
            out.put("readAlso", view.get().readAlso() == null ? null : JsonViews.item(view.get().readAlso()));
            out.put("similar", view.get().similar().stream().map(JsonViews::item).toList());
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return 0;
        }
    }
}
