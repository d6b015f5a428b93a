package org.khabar.eval;

import org.khabar.cluster.ArticleFeatures;
import org.khabar.cluster.ClusterParams;
import org.khabar.cluster.FeatureExtractor;
import org.khabar.analyze.KeywordTagger;
import org.khabar.analyze.MemoryCorpusStats;
import org.khabar.cluster.InMemoryStoryStore;
import org.khabar.cluster.StoryClusterer;
import org.khabar.core.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ANT loaded for an evaluation: articles with corpus statistics over all of ANT (standing in for the store's
 * {@code CorpusStats}) and the tags the product gives them ({@link KeywordTagger} over ANT's own statistics, as many
 * as the ingest path keeps), so that stories and similar lists are measured on the tags readers see.
 */
final class EvalCorpus {
    final List<Article> articles;
    final Map<String, Article> byDocno = new HashMap<>();
    final MemoryCorpusStats stats;
    final FeatureExtractor features;

    private EvalCorpus(List<Article> articles, MemoryCorpusStats stats) {
        this.articles = articles;
        this.stats = stats;
        this.features = new FeatureExtractor(stats);
        for (Article a : articles) byDocno.put(a.externalId(), a);
    }

    static EvalCorpus loadAnt(Path shared) throws IOException {
        List<AntCorpus.Doc> docs = AntCorpus.load(shared.resolve(AntCorpus.PATH));
        List<Article> raw = docs.stream().map(AntCorpus.Doc::article).toList();
        EvalCorpus tmp = new EvalCorpus(raw, new MemoryCorpusStats());
        for (Article a : raw) tmp.stats.addDocument(tmp.features.corpusKeys(a));
        // the tagger's statistics are its own key space, as the store keeps cluster keys in a namespace apart
        MemoryCorpusStats tagStats = new MemoryCorpusStats();
        KeywordTagger tagger = new KeywordTagger(tagStats);
        for (Article a : raw) tagStats.addDocument(tagger.corpusKeys(a.title(), a.body()));
        List<Article> tagged = new ArrayList<>(raw.size());
        for (Article a : raw) tagged.add(a.withTags(tagger.articleTags(a.title(), a.body())));
        // share the statistics computed above rather than counting twice
        return new EvalCorpus(tagged, tmp.stats);
    }

    /** Clusters the articles in time order; returns article id → live story id. */
    Map<Long, Long> cluster(List<Article> inTimeOrder, ClusterParams params) {
        InMemoryStoryStore store = new InMemoryStoryStore();
        StoryClusterer clusterer = new StoryClusterer(store, params);
        for (Article a : inTimeOrder) {
            ArticleFeatures f = features.features(a);
            clusterer.add(f);
        }
        Map<Long, Long> out = new HashMap<>();
        for (Article a : inTimeOrder) out.put(a.id(), store.resolve(store.storyOf(a.id()).orElseThrow()));
        return out;
    }
}
