package org.khabar.extract.meta;

import org.jsoup.nodes.Element;

import java.util.Optional;

/** The lead image, absolute: og:image, twitter:image, JSON-LD {@code image}, then {@code <link rel=image_src>}. */
public final class LeadImageFinder {
    private LeadImageFinder() {
    }

    public static Optional<String> find(PageMeta page, String baseUrl) {
        Optional<String> img = page.meta().first("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                "twitter:image:src");
        if (img.isEmpty()) img = page.jsonLd().firstText("image");
        if (img.isEmpty()) {
            Element link = page.doc().selectFirst("link[rel=image_src][href]");
            if (link != null) img = Optional.of(link.attr("href"));
        }
        return img.map(u -> CanonicalFinder.absolute(baseUrl, u)).filter(u -> u.startsWith("http"));
    }

}
