package org.khabar.crash;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.khabar.core.Article;
import org.khabar.core.Tag;
import org.khabar.index.lucene.LuceneIndex;
import org.khabar.store.sqlite.SqliteArticleStore;
import org.khabar.store.sqlite.SqliteCorpusStats;
import org.khabar.store.sqlite.SqliteDatabase;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process of {@link CrashSafetyTest}: writes articles (single inserts and batches), corpus stats and index
 * entries as fast as it can, forever, printing progress, until the test kills it with SIGKILL.
 * Article n has {@link #tagCount(int)} tags, so the test can check that no article lost part of its tags.
 */
public final class CrashWriter {

    public static int tagCount(int n) {
        return n % 4 + 1;
    }

    public static Article article(int n) {
        List<Tag> tags = new ArrayList<>();
        for (int t = 0; t < tagCount(n); t++) tags.add(new Tag("k" + (n + t) % 50, "وسم " + t, 1.0 / (t + 1)));
        return Article.draft("https://crash.example/" + n, "s" + n % 3, null, "خبر رقم " + n,
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(n), null, null,
                ("نص الخبر عن النفط والغاز والاقتصاد " + n + "\n").repeat(20), null).withTags(tags);
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        SqliteDatabase db = SqliteDatabase.open(data);
        SqliteArticleStore store = new SqliteArticleStore(db);
        SqliteCorpusStats stats = new SqliteCorpusStats(db, 50, 10_000, 100_000);
        LuceneIndex index = new LuceneIndex(data.resolve("index"), new ArabicAnalyzer());
        int n = 0;
        while (true) {
            List<Article> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) batch.add(article(n++));
            List<SqliteArticleStore.InsertResult> ids = store.insertAll(batch.subList(0, 10));
            for (Article a : batch.subList(10, 20)) ids.add(store.insert(a));
            for (int i = 0; i < batch.size(); i++) {
                index.index(batch.get(i).withId(ids.get(i).id()));
                stats.addDocument(batch.get(i).tags().stream().map(Tag::key).toList());
            }
            if (n % 100 == 0) index.commit();
            System.out.println("written " + n);
            System.out.flush();
        }
    }
}
