package org.khabar.cli;

import org.khabar.app.Khabar;
import org.khabar.app.Retagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "retag", mixinStandardHelpOptions = true,
        description = "Recomputes every article's keyword tags from the current corpus statistics "
                + "(run it when IDF has drifted far, e.g. after a large import).")
public final class RetagCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        try (DataOption.Held lock = data.lock("khabar retag");
             Khabar khabar = data.open()) {
            long changed;
            try (Progress progress = new Progress("retag", khabar.store().countAll(), System.err)) {
                changed = new Retagger(khabar).retagAll(progress::step);
            }
            System.out.println("retagged " + changed + " articles");
            return 0;
        }
    }
}
