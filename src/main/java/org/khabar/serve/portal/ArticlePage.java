package org.khabar.serve.portal;

import org.khabar.app.ArticleView;
import org.khabar.app.SimilarItem;
import org.khabar.app.StoryRef;
import org.khabar.app.Teaser;
import org.khabar.core.Article;
import org.khabar.core.Source;
import org.khabar.core.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The article page's content with the page-level promise enforced: no article appears twice and the
 * article itself never appears among its related items. The read side should already guarantee this;
 * the page checks again because a repeat is visible to every reader.
 */
public record ArticlePage(Article article, Source source, SimilarItem readAlso, List<SimilarItem> similar,
                          List<Teaser> alsoPublishedBy, List<Tag> tags, StoryRef story) {

    public static final int MAX_SIMILAR = 10;

    public static ArticlePage of(ArticleView view) {
        Set<Long> shown = new HashSet<>();
        shown.add(view.article().id());
        SimilarItem readAlso = view.readAlso() != null && shown.add(view.readAlso().teaser().id())
                ? view.readAlso() : null;
        List<SimilarItem> similar = new ArrayList<>();
        for (SimilarItem item : view.similar()) {
            if (similar.size() < MAX_SIMILAR && shown.add(item.teaser().id())) {
                similar.add(item);
            }
        }
        List<Teaser> also = new ArrayList<>();
        for (Teaser t : view.alsoPublishedBy()) {
            if (shown.add(t.id())) {
                also.add(t);
            }
        }
        // one link per tag label, as the outlet shows keywords
        Set<String> labels = new HashSet<>();
        List<Tag> tags = view.article().tags().stream().filter(t -> labels.add(t.label())).toList();
        return new ArticlePage(view.article(), view.source(), readAlso, List.copyOf(similar), List.copyOf(also), tags,
                view.story());
    }

    /** Longest description shown by search results and link previews, in characters. */
    static final int DESCRIPTION_CHARS = 200;

    /** The lead for search results and link previews: the first paragraph, cut at a word within 200 characters. */
    public String description() {
        String lead = article.paragraphs().stream().findFirst().orElse(article.title()).replaceAll("\\s+", " ");
        if (lead.length() <= DESCRIPTION_CHARS) return lead;
        int cut = lead.lastIndexOf(' ', DESCRIPTION_CHARS - 1);
        if (cut <= DESCRIPTION_CHARS / 2) { // one long run without spaces: cut inside it, never inside a character
            cut = DESCRIPTION_CHARS - 1;
            if (Character.isHighSurrogate(lead.charAt(cut - 1))) cut--;
        }
        return lead.substring(0, cut) + "…";
    }

    /** The tags as the page's keywords, in the Arabic list separator, as the outlet lists them. */
    public String keywords() {
        return String.join("، ", tags.stream().map(Tag::label).toList());
    }

    public String sourceName() {
        return source != null ? source.name() : article.sourceId();
    }
}
