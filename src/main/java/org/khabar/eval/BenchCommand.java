package org.khabar.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code khabar bench …}: scale benchmarks, run by hand. */
@Command(name = "bench", description = "Scale benchmarks on generated articles (run by hand, not in CI).",
        subcommands = {SimilarBench.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
