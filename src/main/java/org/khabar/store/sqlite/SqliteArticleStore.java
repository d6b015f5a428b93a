package org.khabar.store.sqlite;

import org.khabar.core.Article;
import org.khabar.store.jdbc.JdbcArticleStore;

import java.util.Collection;
import java.util.List;

/** The {@link JdbcArticleStore} on the embedded SQLite file, where reading bodies is worth leaving out. */
public final class SqliteArticleStore extends JdbcArticleStore {

    private final SqliteDatabase db;

    /** A store on a database someone else closes (shared with the corpus stats and related cache). */
    public SqliteArticleStore(SqliteDatabase db) {
        super(db);
        this.db = db;
    }

    public SqliteDatabase database() {
        return db;
    }

    /** The saving was measured on SQLite ({@code khabar bench similar}); PostgreSQL keeps the interface default. */
    @Override
    public List<Article> getAllWithoutBodies(Collection<Long> ids) {
        return getAll(ids, false);
    }
}
