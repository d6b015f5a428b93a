package org.khabar.eval;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --ant FILE}, for the commands that measure the tagger on the first articles of the ANT corpus
 * ({@code bench analyze}, {@code eval tags-dump}, {@code eval tag-review}): one declaration, so their help and their reading cannot drift.
 * Their {@code --limit} stays in each command, whose defaults differ.
 */
public final class AntCorpusOption {
    @Option(names = "--ant", required = true, description = "ANT corpus file (ant-v2.1.jsonl.gz)")
    Path ant;

    /** Title and body of the first {@code limit} readable articles (≤0: all), in corpus order. */
    public List<String[]> titlesAndBodies(int limit) throws IOException {
        List<String[]> docs = new ArrayList<>();
        AntCorpus.forEach(ant, limit, (title, body) -> docs.add(new String[] {title, body}));
        return docs;
    }
}
