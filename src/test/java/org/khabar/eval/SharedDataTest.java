package org.khabar.eval;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one locator of the shared data, which the eval commands and the eval tests all go through. */
class SharedDataTest {

    private final String before = System.getProperty("khabar.shared");

    @AfterEach
    void restoreProperty() {
        if (before == null) System.clearProperty("khabar.shared");
        else System.setProperty("khabar.shared", before);
    }

    @Test
    void thePropertyNamesTheRootAndRequireFindsFilesBelowIt(@TempDir Path dir) throws Exception {
        Path zips = Files.createDirectories(dir.resolve("data/saudinewsnet/zips"));
        System.setProperty("khabar.shared", dir.toString());

        assertThat(SharedData.root()).isEqualTo(dir);
        assertThat(SharedData.require("data/saudinewsnet/zips")).isEqualTo(zips);
        assertThat(SharedData.saudiNewsNet()).isEqualTo(dir.resolve("data/saudinewsnet"));
    }

    @Test
    void requireNamesTheMissingPathAndHowToPointElsewhere(@TempDir Path dir) {
        System.setProperty("khabar.shared", dir.toString());

        assertThatThrownBy(() -> SharedData.require("data/ant/ant-v2.1.jsonl.gz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.resolve("data/ant/ant-v2.1.jsonl.gz").toString())
                .hasMessageContaining("khabar.shared");
    }
}
