package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMaskTest {
    @Test
    void leavesOutNamesAndFiguresAndKeepsWhatHappened() {
        assertThat(NameMask.mask("Prairie Hollow Grain Co. agreed to buy the Teller River Terminal for $41 million."))
                .isEqualTo("agreed to buy the for million.");
    }

    @Test
    void keepsTheFirstWordOfASentenceUnlessANameGoesOn() {
        assertThat(NameMask.mask("Firefighters fought the blaze. Ruth Hale resigned. Two workers were hurt."))
                .isEqualTo("Firefighters fought the blaze. resigned. Two workers were hurt.");
    }

    @Test
    void keepsTheSentenceEndOfAMaskedWord() {
        assertThat(NameMask.mask("The plant is on Mill Lane. It closed in 2026. Staff said: \"We knew.\""))
                .isEqualTo("The plant is on. It closed in. Staff said: \"We knew.\"");
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(NameMask.mask("   ")).isEmpty();
        assertThat(NameMask.mask("Corran Chemicals 2026")).isEmpty();
    }
}
