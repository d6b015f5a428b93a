package org.khabar.app;

import org.khabar.core.Source;

import java.time.Instant;
import java.util.List;

/**
 * A story as the home page and the stories API list it.
 *
 * @param lead           its newest report: the headline of the latest development
 * @param articleCount   reports in the story (syndicated copies not counted)
 * @param outletCount    distinct outlets with a report of their own
 * @param recentArticles reports published in the ranking's growth window (see {@link StoryRanking})
 * @param outlets        those outlets, in the order they first reported
 */
public record StorySummary(long id, Teaser lead, int articleCount, int outletCount, int recentArticles,
                           Instant firstPublished, Instant lastPublished, List<Source> outlets) {
    public StorySummary {
        outlets = List.copyOf(outlets);
    }
}
