package org.khabar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code khabar} command; each subcommand is its own class. */
@Command(name = "khabar", mixinStandardHelpOptions = true, version = "khabar 0.1.0",
        description = "Arabic news aggregation engine.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ServeCommand.class,
                ImportCommand.class,
                ReindexCommand.class,
                BackupCommand.class,
                MigrateCommand.class,
                AnalyzeCommand.class,
                RetagCommand.class,
                TagsCommand.class,
                SimilarCommand.class,
                BenchCommand.class,
                org.khabar.eval.EvalCommand.class,
                org.khabar.ingest.cli.ParseFeedCommand.class,
                org.khabar.ingest.cli.CrawlCommand.class,
                ExtractCommand.class,
        })
public final class KhabarCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KhabarCli());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("khabar: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl;
    }
}
