package org.khabar.store;

import org.khabar.cluster.InMemoryStoryStore;

class InMemoryStoryStoreTest extends StoryStoreContract {
    @Override
    public StoryStore store() {
        return new InMemoryStoryStore();
    }
}
