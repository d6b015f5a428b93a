package org.khabar.related;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Identity of the rules that make related lists. A store records the version its cached lists were made under
 * ({@link org.khabar.store.RelatedCache#adoptRules}); a build with other rules marks them all stale, so an upgrade
 * reaches every list and not only those that newer articles happen to touch.
 */
public final class ListRules {
    /** Bumped whenever a rule changes which items a list holds or their order. */
    static final String RULES = "2026-12-05 more-like-this over title and body, 120 hits read in stages; repeated"
            + " headlines dropped; the best 40 hits ordered by relevance over the best plus 0.1 per shared tag (at"
            + " most 3); never the article, its copies or its story; one item per story; read also is the first;"
            + " at most 3 per outlet among the best hits, mixed in passes by evidence (two shared tags, or one and"
            + " two shared headline words; then one tag; then none)";

    private static final long VERSION = versionOf(RULES);

    private ListRules() {
    }

    /** Non-zero: a store without a recorded version holds 0. */
    public static long version() {
        return VERSION;
    }

    static long versionOf(String rules) {
        CRC32C crc = new CRC32C();
        crc.update(rules.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() << 1 | 1;
    }
}
