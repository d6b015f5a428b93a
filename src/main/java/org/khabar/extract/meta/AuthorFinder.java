package org.khabar.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.util.Optional;

/**
 * The byline: JSON-LD {@code author} (name of a Person or Organization), author meta tags (skipping profile
 * URLs that article:author often holds), then elements marked rel/itemprop/class "author" or "byline" with a
 * short text.
 */
public final class AuthorFinder {
    private static final int MAX_BYLINE = 100;

    private AuthorFinder() {
    }

    public static Optional<String> find(PageMeta page) {
        for (JsonNode n : page.jsonLd().articles()) {
            Optional<String> a = JsonLd.text(n.get("author")).filter(AuthorFinder::notUrl);
            if (a.isPresent()) return a.map(TitleFinder::clean);
        }
        Optional<String> meta = page.meta().first("author", "article:author", "parsely-author", "byl", "dc.creator",
                "sailthru.author", "twitter:creator").filter(AuthorFinder::notUrl);
        if (meta.isPresent()) return meta.map(TitleFinder::clean);
        for (Element e : page.doc().select("[rel=author], [itemprop=author], .byline, .author, .author-name, .writer")) {
            Element name = e.selectFirst("[itemprop=name]");
            String text = (name != null ? name : e).text().strip();
            if (!text.isEmpty() && text.length() <= MAX_BYLINE) return Optional.of(text);
        }
        return Optional.empty();
    }

    private static boolean notUrl(String s) {
        return !s.startsWith("http://") && !s.startsWith("https://") && !s.startsWith("/");
    }
}
