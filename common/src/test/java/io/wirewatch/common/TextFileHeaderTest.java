package io.wirewatch.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFileHeaderTest {
    @Test
    void readsTheHeaderBlockAndTheBodyAfterIt() {
        TextFileHeader h = TextFileHeader.parse("""
                Title: Corvane Air blames faulty update
                url: https://example.org/a
                Source: The Averly Courier
                Published: 2026-09-14T15:40:00Z

                Corvane Air has blamed a faulty software update.

                Second paragraph.""");
        assertThat(h.header()).isTrue();
        assertThat(h.title()).isEqualTo("Corvane Air blames faulty update");
        assertThat(h.url()).isEqualTo("https://example.org/a");
        assertThat(h.source()).isEqualTo("The Averly Courier");
        assertThat(h.published()).isEqualTo("2026-09-14T15:40:00Z");
        assertThat(h.body()).isEqualTo("Corvane Air has blamed a faulty software update.\n\nSecond paragraph.");
    }

    @Test
    void withoutAHeaderTheFirstLineIsTheTitleAndTheWholeTextTheBody() {
        String seed = "\r\nAnthropic hit by export directive\r\nThe company said on Friday: talks begin.\r\n";
        TextFileHeader h = TextFileHeader.parse(seed);
        assertThat(h.header()).isFalse();
        assertThat(h.title()).isEqualTo("Anthropic hit by export directive");
        assertThat(h.body()).isEqualTo(seed);
        assertThat(h.url()).isNull();
    }

    @Test
    void aBodyLineWithAColonOrAHeaderWithNothingAfterItIsNoHeader() {
        // "Update: ..." is not a header key; a header block must be ended by a blank line and followed by a body
        assertThat(TextFileHeader.parse("Update: talks stalled\n\nBody.").header()).isFalse();
        assertThat(TextFileHeader.parse("Title: only a header").header()).isFalse();
        TextFileHeader noTitle = TextFileHeader.parse("URL: https://example.org/b\n\nBody text.");
        assertThat(noTitle.header()).isTrue();
        assertThat(noTitle.title()).isNull();
        assertThat(noTitle.body()).isEqualTo("Body text.");
    }

    @Test
    void readsPublicationTimesAsFilesWriteThem() {
        java.time.Instant expected = java.time.Instant.parse("2035-02-09T01:40:00Z");
        org.assertj.core.api.Assertions.assertThat(TextFileHeader.parseTime("2035-02-09T01:40:00Z")).isEqualTo(expected);
        org.assertj.core.api.Assertions.assertThat(TextFileHeader.parseTime(" 2035-02-09T03:40:00+02:00 ")).isEqualTo(expected);
        org.assertj.core.api.Assertions.assertThat(TextFileHeader.parseTime("2035-02-09 01:40:00")).isEqualTo(expected);
        org.assertj.core.api.Assertions.assertThat(TextFileHeader.parseTime("2035-02-09"))
                .isEqualTo(java.time.Instant.parse("2035-02-09T00:00:00Z"));
        org.assertj.core.api.Assertions.assertThat(TextFileHeader.parseTime("9 February 2035")).isNull();
        org.assertj.core.api.Assertions.assertThat(TextFileHeader.parseTime(null)).isNull();
    }
}
