package org.khabar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.khabar.extract.ArticleExtractor;
import org.khabar.extract.ExtractedArticle;
import org.khabar.extract.PageFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code khabar extract FILE.html|URL}: the article of one page as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article (title, text, date, author, language, canonical URL) of an HTML page as JSON.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.html|URL", description = "a local HTML file or an http(s) URL")
    String input;
    @Option(names = "--url", description = "page URL of a local file (resolves links, dates in the URL)")
    String baseUrl;
    @Option(names = "--allow-private", description = "allow URLs that resolve to private/loopback addresses")
    boolean allowPrivate;
    @Option(names = "--timeout", defaultValue = "15", description = "fetch timeout in seconds (default ${DEFAULT-VALUE})")
    int timeoutSeconds;
    @Option(names = "--max-bytes", defaultValue = "10000000", description = "largest page fetched (default ${DEFAULT-VALUE})")
    long maxBytes;
    @Option(names = "--paragraphs", description = "also print the paragraphs as an array")
    boolean paragraphs;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        ExtractedArticle article;
        String url;
        if (input.startsWith("http://") || input.startsWith("https://")) {
            PageFetcher.Page page = new PageFetcher(Duration.ofSeconds(timeoutSeconds), maxBytes, allowPrivate).fetch(input);
            url = page.url();
            article = extractor.extract(page.body(), page.contentType(), url);
        } else {
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) throw new NoSuchFileException(input, null, "no such file (or not a URL)");
            if (Files.size(file) > maxBytes) throw new IOException(input + " is larger than " + maxBytes + " bytes");
            url = baseUrl;
            article = extractor.extract(Files.readAllBytes(file), url);
        }
        spec.commandLine().getOut().println(toJson(article, paragraphs));
        spec.commandLine().getOut().flush();
        return 0;
    }

    static String toJson(ExtractedArticle a, boolean withParagraphs) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = m.createObjectNode();
        o.put("title", a.title());
        o.put("text", a.text());
        o.put("published", a.published() == null ? null : a.published().instant().toString());
        o.put("publishedDate", a.published() == null ? null : a.published().date().toString());
        o.put("dateSource", a.published() == null ? null : a.published().rule());
        o.put("author", a.author());
        o.put("lang", a.lang());
        o.put("declaredLang", a.declaredLang());
        o.put("canonical", a.canonicalUrl());
        o.put("image", a.imageUrl());
        if (withParagraphs) {
            ArrayNode arr = o.putArray("paragraphs");
            a.paragraphs().forEach(arr::add);
        }
        return m.writeValueAsString(o);
    }
}
