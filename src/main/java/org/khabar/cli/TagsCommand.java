package org.khabar.cli;

import org.khabar.app.Khabar;
import org.khabar.app.TagEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * An editor's tag decisions from the shell, for an operator without the portal's admin token at hand: the same
 * decisions as the admin API ({@link TagEditor}), applied at once to the articles they concern.
 */
@Command(name = "tags", mixinStandardHelpOptions = true,
        description = "An editor's tag decisions: rule a tag out everywhere, merge it into another, take either back, "
                + "or list them. The articles concerned are tagged again at once; later imports and retags hold to "
                + "the decisions. While a portal serves the data folder, use its admin API instead.",
        subcommands = {TagsCommand.Block.class, TagsCommand.Unblock.class, TagsCommand.Merge.class,
                TagsCommand.Unmerge.class, TagsCommand.ListDecisions.class})
public final class TagsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: block, unblock, merge, unmerge or list");
    }

    /** What a decision did: the exit code and the line to print. */
    record Outcome(int code, String message) {
        static Outcome done(String message) {
            return new Outcome(0, message);
        }

        /** A decision taken back ({@code undone}), or none to take back: exit 1, said on stderr. */
        static Outcome takenBack(boolean undone, String label, String done, String none) {
            return undone ? new Outcome(0, done + ": \"" + label.strip() + "\"")
                    : new Outcome(1, "khabar tags: \"" + label.strip() + "\" " + none);
        }
    }

    /** One decision on the data folder, under its lock; a label without a word, or two names of one tag, exit 2. */
    abstract static class Decision implements Callable<Integer> {
        @Mixin
        DataOption data;

        abstract Outcome apply(TagEditor editor);

        @Override
        public Integer call() {
            try (DataOption.Held lock = data.lock("khabar tags");
                 Khabar khabar = data.open()) {
                Outcome outcome = apply(new TagEditor(khabar));
                (outcome.code() == 0 ? System.out : System.err).println(outcome.message());
                return outcome.code();
            } catch (TagEditor.NotATag | TagEditor.SameTag e) {
                System.err.println("khabar tags: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "block", mixinStandardHelpOptions = true,
            description = "Rules the tag out everywhere: the articles carrying it are tagged again without it.")
    static final class Block extends Decision {
        @Parameters(paramLabel = "LABEL", description = "the tag, in any of its written forms")
        String label;

        @Override
        Outcome apply(TagEditor editor) {
            return Outcome.done("ruled out \"" + label.strip() + "\": " + editor.block(label) + " articles changed");
        }
    }

    @Command(name = "unblock", mixinStandardHelpOptions = true,
            description = "Allows a ruled-out tag again (articles regain it at their next retag).")
    static final class Unblock extends Decision {
        @Parameters(paramLabel = "LABEL")
        String label;

        @Override
        Outcome apply(TagEditor editor) {
            return Outcome.takenBack(editor.unblock(label), label, "allowed again", "was not ruled out");
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merges the tag into another (\"ترامب\" into \"دونالد ترامب\"): everywhere it is shown and "
                    + "listed as that tag.")
    static final class Merge extends Decision {
        @Parameters(paramLabel = "LABEL")
        String label;
        @Option(names = "--into", required = true, paramLabel = "LABEL", description = "the tag it joins")
        String into;

        @Override
        Outcome apply(TagEditor editor) {
            int changed = editor.merge(label, into);
            return Outcome.done("merged \"" + label.strip() + "\" into \"" + into.strip() + "\": " + changed
                    + " articles changed");
        }
    }

    @Command(name = "unmerge", mixinStandardHelpOptions = true, description = "Makes a merged tag its own again.")
    static final class Unmerge extends Decision {
        @Parameters(paramLabel = "LABEL")
        String label;

        @Override
        Outcome apply(TagEditor editor) {
            return Outcome.takenBack(editor.unmerge(label), label, "its own tag again", "was not merged");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints the tags ruled out and the tags merged into others, one a line.")
    static final class ListDecisions extends Decision {
        @Override
        Outcome apply(TagEditor editor) {
            StringBuilder out = new StringBuilder();
            editor.blocked().forEach(b -> out.append("ruled out\t").append(b.label()).append('\n'));
            editor.merged().forEach(m -> out.append("merged\t").append(m.label()).append("\t→\t")
                    .append(m.intoLabel()).append('\n'));
            return Outcome.done(out.length() == 0 ? "no decisions" : out.toString().stripTrailing());
        }
    }
}
