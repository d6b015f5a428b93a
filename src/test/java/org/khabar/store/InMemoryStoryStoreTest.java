package org.khabar.store;

import org.khabar.cluster.InMemoryStoryStore;

class InMemoryStoryStoreTest extends StoryStoreContract {
    @Override
    StoryStore store() {
        return new InMemoryStoryStore();
    }
}
