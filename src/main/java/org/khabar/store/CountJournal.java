package org.khabar.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The last few documents one {@link CorpusStats} instance counted itself, each with the document count it reached,
 * so that {@link CorpusStats#documentsSince} can tell a reader exactly which keys changed since it last read. A
 * change of the count that the instance did not make itself (another process's documents arriving) breaks the
 * chain: the journal vouches only for consecutive counts up to the current one. Not thread-safe: the owner's lock
 * guards it.
 */
public final class CountJournal {

    /** Enough for one ingest thread and a reader that tags between two of its documents; older gaps re-read all. */
    static final int DOCUMENTS = 8;

    private record Entry(long countAfter, List<String> keys) {
    }

    private final ArrayDeque<Entry> entries = new ArrayDeque<>(DOCUMENTS);

    /** This instance counted one document with {@code keys}, which brought its document count to {@code countAfter}. */
    public void record(long countAfter, Collection<String> keys) {
        Entry last = entries.peekLast();
        if (last != null && last.countAfter() + 1 != countAfter) {
            entries.clear(); // the count moved by something not recorded: the chain starts again here
        }
        if (entries.size() == DOCUMENTS) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(countAfter, List.copyOf(keys)));
    }

    /**
     * The keys of the documents counted after the count was {@code count}, oldest first, given that it is now
     * {@code current}; empty when the journal does not hold every one of them.
     */
    public Optional<List<Collection<String>>> since(long count, long current) {
        if (count == current) {
            return Optional.of(List.of());
        }
        if (count > current || current - count > entries.size()) {
            return Optional.empty();
        }
        Entry last = entries.peekLast();
        if (last == null || last.countAfter() != current) {
            return Optional.empty();
        }
        List<Collection<String>> out = new ArrayList<>((int) (current - count));
        for (Entry e : entries) {
            if (e.countAfter() > count) {
                out.add(e.keys());
            }
        }
        return Optional.of(out);
    }
}
