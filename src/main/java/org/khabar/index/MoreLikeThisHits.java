package org.khabar.index;

import java.util.List;

/**
 * One article's more-like-this ranking, read best first in growing prefixes: a caller that may stop early (the
 * similar list is often settled by its first few dozen candidates) asks for a few hits, then more only if needed.
 * Every prefix is a prefix of the full ranking of {@link SearchIndex#moreLikeThis} with the same arguments, read
 * from the same point-in-time view of the index. Close it to release that view.
 */
public interface MoreLikeThisHits extends AutoCloseable {

    /** The best {@code n} hits, at most the maximum it was opened with; fewer when fewer match. */
    List<SearchHit> top(int n);

    @Override
    void close();
}
