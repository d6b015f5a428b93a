package org.khabar.app;

import org.khabar.core.Article;
import org.khabar.core.Source;

import java.util.List;

/**
 * Everything an article page or the article API shows: the article, its outlet, one "read also",
 * up to ten similar articles (none repeated, never the article itself), and the other outlets that
 * published the same text ("also published by"), and its story (null before clustering) for the link to the
 * story page.
 */
public record ArticleView(Article article, Source source, SimilarItem readAlso, List<SimilarItem> similar,
                          List<Teaser> alsoPublishedBy, StoryRef story) {
    public ArticleView {
        similar = List.copyOf(similar);
        alsoPublishedBy = List.copyOf(alsoPublishedBy);
    }
}
