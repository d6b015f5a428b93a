package org.khabar.serve.portal;

import org.khabar.app.Teaser;

import org.khabar.store.TagCount;

import java.util.List;

/**
 * A list of teasers: home, a tag or an outlet.
 *
 * @param title   the document title
 * @param heading the visible heading
 * @param kicker  a small label above the heading ("وسم", "مصدر"), may be empty
 * @param empty   what to say when there is nothing to list
 * @param siteUrl the outlet's own site on an outlet page, otherwise null
 * @param feed    the list's Atom feed, announced in the page head
 * @param relatedTags on a tag page, the tags its latest articles also carry; otherwise empty
 * @param otherNames  on a tag page, the other names its articles carry the tag under; otherwise empty
 */
public record ListPage(String title, String heading, String kicker, List<Teaser> teasers, Pager pager,
                       String empty, String siteUrl, String feed, List<TagCount> relatedTags, List<String> otherNames) {

    public ListPage(String title, String heading, String kicker, List<Teaser> teasers, Pager pager,
                    String empty, String siteUrl, String feed) {
        this(title, heading, kicker, teasers, pager, empty, siteUrl, feed, List.of(), List.of());
    }
}
