package org.khabar.app;

import org.khabar.core.Source;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's full coverage ("التغطية الكاملة"): every report by time, grouped by outlet, with the copies other
 * outlets published of each.
 *
 * @param id          the live story's id (a merged story's old id leads here)
 * @param headline    its newest report
 * @param firstReport its earliest report: the outlet that reported first
 * @param outlets     one entry per outlet with a report of its own, in the order they first reported
 */
public record StoryView(long id, Teaser headline, Teaser firstReport, Instant firstPublished, Instant lastPublished,
                        List<OutletCoverage> outlets) {
    public StoryView {
        outlets = List.copyOf(outlets);
    }

    /** An outlet's own reports in the story, oldest first. */
    public record OutletCoverage(Source source, List<Report> reports) {
        public OutletCoverage {
            reports = List.copyOf(reports);
        }
    }

    /** One report and the syndicated copies of it (same text, other outlet or URL), oldest first. */
    public record Report(Teaser article, List<Teaser> copies) {
        public Report {
            copies = List.copyOf(copies);
        }
    }

    public int reportCount() {
        return outlets.stream().mapToInt(o -> o.reports().size()).sum();
    }

    public int copyCount() {
        return outlets.stream().flatMap(o -> o.reports().stream()).mapToInt(r -> r.copies().size()).sum();
    }

    /** Outlets that carried copies of another outlet's report, each with how many copies. */
    public Map<Source, Integer> copiedBy() {
        Map<Source, Integer> by = new LinkedHashMap<>();
        for (OutletCoverage o : outlets) {
            for (Report r : o.reports()) {
                for (Teaser c : r.copies()) by.merge(c.source(), 1, Integer::sum);
            }
        }
        return by;
    }
}
