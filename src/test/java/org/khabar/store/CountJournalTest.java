package org.khabar.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountJournalTest {

    @Test
    void listsTheDocumentsCountedSinceACountOldestFirst() {
        CountJournal journal = new CountJournal();
        journal.record(11, List.of("a", "b"));
        journal.record(12, List.of("b"));
        journal.record(13, List.of("c"));
        assertThat(journal.since(13, 13)).contains(List.of());
        assertThat(journal.since(12, 13)).contains(List.of(List.of("c")));
        assertThat(journal.since(10, 13)).contains(List.of(List.of("a", "b"), List.of("b"), List.of("c")));
    }

    @Test
    void aGapBeforeTheAskedCountOrAfterTheLastRecordIsNotVouchedFor() {
        CountJournal journal = new CountJournal();
        journal.record(11, List.of("a"));
        assertThat(journal.since(9, 11)).as("count 10 was reached by nobody we know").isEmpty();
        assertThat(journal.since(10, 12)).as("someone else counted the twelfth").isEmpty();
        journal.record(14, List.of("d")); // 12 and 13 were counted elsewhere
        assertThat(journal.since(11, 14)).isEmpty();
        assertThat(journal.since(13, 14)).contains(List.of(List.of("d")));
        assertThat(journal.since(13, 15)).as("the fifteenth came from elsewhere").isEmpty();
        assertThat(journal.since(15, 15)).as("nothing changed since").contains(List.of());
    }

    @Test
    void remembersOnlyTheLastFewDocuments() {
        CountJournal journal = new CountJournal();
        for (int c = 1; c <= CountJournal.DOCUMENTS + 3; c++) journal.record(c, List.of("k" + c));
        long now = CountJournal.DOCUMENTS + 3;
        assertThat(journal.since(now - CountJournal.DOCUMENTS, now)).get().asList().hasSize(CountJournal.DOCUMENTS);
        assertThat(journal.since(now - CountJournal.DOCUMENTS - 1, now)).isEmpty();
    }

    @Test
    void keepsItsOwnCopyOfTheKeys() {
        CountJournal journal = new CountJournal();
        java.util.ArrayList<String> keys = new java.util.ArrayList<>(List.of("a"));
        journal.record(1, keys);
        keys.add("b");
        assertThat(journal.since(0, 1)).contains(List.of(List.of("a")));
    }
}
