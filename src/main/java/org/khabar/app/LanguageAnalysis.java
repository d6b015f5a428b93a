package org.khabar.app;

import org.khabar.analyze.EditorRules;
import org.khabar.analyze.KeywordTagger;
import org.khabar.analyze.TagKeys;
import org.khabar.analyze.TextAnalyzer;
import org.khabar.core.Tag;
import org.khabar.store.CorpusStats;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The language stage as the pipeline sees it: org.khabar.analyze over the store's corpus statistics. */
public final class LanguageAnalysis implements Analysis {
    private final KeywordTagger tagger;
    private final TextAnalyzer text = new TextAnalyzer();

    public LanguageAnalysis(CorpusStats stats) {
        this.tagger = new KeywordTagger(stats);
    }

    @Override
    public List<Tag> tags(String title, String body, int max) {
        return tagger.tag(title, body, max);
    }

    @Override
    public List<Tag> articleTags(String title, String body) {
        return tagger.articleTags(title, body);
    }

    @Override
    public List<Tag> articleTags(String title, String body, EditorRules rules) {
        return tagger.articleTags(title, body, rules);
    }

    @Override
    public Collection<String> corpusKeys(String title, String body) {
        return tagger.corpusKeys(title, body);
    }

    @Override
    public String tagKey(String label) {
        return TagKeys.identityOf(label);
    }

    @Override
    public String tagKeyWithoutGluedPrepositions(String label) {
        return TagKeys.identityWithGluedPrepositionsCut(label);
    }

    @Override
    public long taggerVersion() {
        return KeywordTagger.version();
    }

    @Override
    public List<String> tokens(String s) {
        return text.tokens(s);
    }
}
