package org.khabar.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code khabar eval …}: quality evaluations on the shared data. */
@Command(name = "eval", description = "Quality evaluations on the shared data.",
        subcommands = {StoriesEval.class, SimilarEval.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
