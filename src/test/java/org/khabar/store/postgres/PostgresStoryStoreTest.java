package org.khabar.store.postgres;

import org.khabar.store.jdbc.JdbcStoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.store.StoryStore;
import org.khabar.store.StoryStoreContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The story store contract, unchanged, on a real PostgreSQL, plus the unit-of-work behaviour. */
@Tag("distributed")
class PostgresStoryStoreTest extends StoryStoreContract {
    private PostgresDatabase db;

    @BeforeEach
    void openDatabase() throws Exception {
        db = PostgresDatabase.open(PostgresTestDatabase.freshSchema("khabar_stories"));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    public StoryStore store() {
        return new JdbcStoryStore(db);
    }

    @Test
    void aFailedUnitLeavesNoStoryAndANestedFailureOnlyItsOwn() {
        StoryStore s = store();
        assertThatThrownBy(() -> db.atomically(() -> {
            s.assign(s.createStory(), m(1, "bbc", 0));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(s.storyOf(1)).isEmpty();

        long kept = db.atomically(() -> {
            long a = s.createStory();
            s.assign(a, m(2, "bbc", 0));
            try {
                db.atomically(() -> {
                    s.assign(a, m(3, "cnn", 0));
                    throw new IllegalStateException("inner");
                });
            } catch (IllegalStateException expected) {
                // the outer unit goes on
            }
            // inside the unit, reads see its own writes
            assertThat(s.members(a)).extracting(StoryStore.Member::articleId).containsExactly(2L);
            return a;
        });
        assertThat(s.storyOf(2)).contains(kept);
        assertThat(s.storyOf(3)).isEmpty();
    }
}
