package org.khabar.eval;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "similar", mixinStandardHelpOptions = true, description = "P@10 of similar lists vs Lucene MLT.")
public final class SimilarEval implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
