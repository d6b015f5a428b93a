package org.khabar.eval;

import org.khabar.core.Article;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of the stories over a whole corpus: how big and how long they grow. The stories dev set covers three
 * days, so it cannot see a story that keeps absorbing its topic's articles for months; a reader would not call 3,000
 * football reports over 142 days one story, and the list rules (one similar item per story, never the own story)
 * would hide all of them behind one slot.
 */
record StoryShape(int stories, int articles, int largest, double largestSpanDays, int inLongStories,
                  int longStories, int over100) {

    static final Duration LONG = Duration.ofDays(7);

    static StoryShape of(List<Article> articles, Map<Long, Long> storyOf) {
        Map<Long, List<Instant>> times = new HashMap<>();
        for (Article a : articles) times.computeIfAbsent(storyOf.get(a.id()), k -> new ArrayList<>()).add(a.published());
        int largest = 0, inLong = 0, longStories = 0, over100 = 0;
        double largestSpan = 0;
        for (List<Instant> ts : times.values()) {
            Instant first = ts.stream().min(Instant::compareTo).orElseThrow();
            Instant last = ts.stream().max(Instant::compareTo).orElseThrow();
            double spanDays = Duration.between(first, last).toMinutes() / 1440.0;
            if (ts.size() > largest) {
                largest = ts.size();
                largestSpan = spanDays;
            }
            if (Duration.between(first, last).compareTo(LONG) > 0) {
                inLong += ts.size();
                longStories++;
            }
            if (ts.size() > 100) over100++;
        }
        return new StoryShape(times.size(), articles.size(), largest, largestSpan, inLong, longStories, over100);
    }

    String describe() {
        return String.format(Locale.ROOT, "%,d stories over %,d articles; largest %,d articles spanning %.0f days; "
                        + "%d stories of more than 100 articles; %,d articles (%.1f%%) in %d stories spanning more than %d days",
                stories, articles, largest, largestSpanDays, over100, inLongStories, 100.0 * inLongStories / articles,
                longStories, LONG.toDays());
    }
}
