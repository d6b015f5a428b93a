package org.khabar.app;

import org.khabar.analyze.EditorRules;
import org.khabar.core.Tag;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** What the pipeline needs from the language stage (org.khabar.analyze), in one place. */
public interface Analysis {

    /** Keyword tags, best first, at most {@code max}. */
    List<Tag> tags(String title, String body, int max);

    /** The tags an article carries (stored, shown, indexed), best first. */
    List<Tag> articleTags(String title, String body);

    /**
     * {@link #articleTags} under an editor's rules: without ruled-out tags (the next best take their places), merged
     * tags shown as the tag they joined.
     */
    List<Tag> articleTags(String title, String body, EditorRules rules);

    /** The distinct keys this document adds to the corpus statistics. */
    Collection<String> corpusKeys(String title, String body);

    /** Canonical identity of a tag label, so every surface form of a tag lands on one page. */
    String tagKey(String label);

    /**
     * The identity of the tag {@code label} may name if its own has no article: with a glued ب ل ك read as a
     * preposition ("لترامب" → ترامب), as articles now read it where they prove it; a link made before that still
     * leads somewhere. Equal to {@link #tagKey} when there is no other reading.
     */
    String tagKeyWithoutGluedPrepositions(String label);

    /** Identity of the tagger: tags stored by another one are recomputed (non-zero). */
    long taggerVersion();

    /** Normalized tokens of a text. */
    List<String> tokens(String text);
}
