package org.khabar.cli;

import org.khabar.app.Khabar;
import org.khabar.app.Retagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "retag", mixinStandardHelpOptions = true,
        description = "Recomputes every article's keyword tags from the current corpus statistics, holding to the "
                + "editor's decisions (tags ruled out, added or removed). Import and serve do it by themselves "
                + "whenever the corpus has doubled since the last full retag.")
public final class RetagCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        try (DataOption.Held lock = data.lock("khabar retag");
             Khabar khabar = data.open()) {
            Retagger retagger = new Retagger(khabar);
            System.err.println("khabar: " + retagger.drift().describe());
            Retagger.Result result;
            try (Progress progress = new Progress("retag", khabar.store().countAll(), System.err)) {
                result = retagger.retagAll(progress::step);
            }
            System.out.println(result.describe());
            return 0;
        }
    }
}
