package io.wirewatch.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** `wirewatch --help` shows only the first description line of each command, so it must stand alone. */
class CommandHelpTest {
    @Test
    void everyCommandSummaryIsOneShortCompleteSentence() {
        new CommandLine(new Main()).getSubcommands().forEach((name, cmd) -> {
            if (name.equals("help")) return; // picocli's own, listed by its header
            String[] description = cmd.getCommandSpec().usageMessage().description();
            assertThat(description).as(name).isNotEmpty();
            String summary = description[0];
            assertThat(summary).as("summary of %s", name)
                    .matches("\\p{Lu}.*\\.")
                    .hasSizeLessThanOrEqualTo(80);
        });
    }
}
