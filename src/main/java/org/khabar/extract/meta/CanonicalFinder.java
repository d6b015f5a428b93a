package org.khabar.extract.meta;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

import java.util.Optional;

/** The canonical URL: {@code <link rel=canonical>}, then og:url, each made absolute against the page URL. */
public final class CanonicalFinder {
    private CanonicalFinder() {
    }

    public static Optional<String> find(PageMeta page, String baseUrl) {
        Element link = page.doc().selectFirst("link[rel~=(?i)^canonical$][href]");
        Optional<String> url = link != null && !link.attr("href").isBlank()
                ? Optional.of(link.attr("href")) : page.meta().first("og:url");
        return url.map(u -> absolute(baseUrl, u.strip())).filter(u -> u.startsWith("http://") || u.startsWith("https://"));
    }

    static String absolute(String base, String url) {
        if (url.startsWith("http://") || url.startsWith("https://")) return url;
        if (base == null || base.isBlank()) return url;
        return StringUtil.resolve(base, url);
    }
}
