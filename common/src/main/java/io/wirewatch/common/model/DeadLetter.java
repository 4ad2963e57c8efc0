package io.wirewatch.common.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A record that could not be processed, kept with the reason so nothing is lost silently.
 * Value of {@code wirewatch.deadletter}.
 *
 * @param input           where the record came from (file name, "file.jsonl:3", URL, or topic-partition@offset)
 * @param stage           the stage that refused it: ingest, normalise, dedup, tag, story, sink, ...
 * @param reason          a sentence a human can act on
 * @param time            when it was dead-lettered
 * @param payload         the original record: text, or Base64 when it was not valid UTF-8 ({@link #payloadEncoding()})
 * @param payloadEncoding "utf-8", "base64", or "none" when the payload was too large to keep (see reason)
 */
public record DeadLetter(String input, String stage, String reason, Instant time, String payload,
                         String payloadEncoding) {
    /** Payloads above this size are truncated so a dead letter never exceeds Kafka's default message size. */
    public static final int MAX_PAYLOAD_BYTES = 256 * 1024;

    public DeadLetter {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(time, "time");
        payload = payload == null ? "" : payload;
        payloadEncoding = payloadEncoding == null ? "none" : payloadEncoding;
    }

    /** Builds a dead letter keeping the original bytes: as text when they are UTF-8, else Base64. */
    public static DeadLetter of(String input, String stage, String reason, Instant time, byte[] original) {
        if (original == null || original.length == 0) {
            return new DeadLetter(input, stage, reason, time, "", "none");
        }
        byte[] kept = original;
        String why = reason;
        if (original.length > MAX_PAYLOAD_BYTES) {
            kept = java.util.Arrays.copyOf(original, MAX_PAYLOAD_BYTES);
            why = reason + " (payload truncated to " + MAX_PAYLOAD_BYTES + " of " + original.length + " bytes)";
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            String text = decoder.decode(java.nio.ByteBuffer.wrap(kept)).toString();
            return new DeadLetter(input, stage, why, time, text, "utf-8");
        } catch (java.nio.charset.CharacterCodingException e) {
            return new DeadLetter(input, stage, why, time, Base64.getEncoder().encodeToString(kept), "base64");
        }
    }
}
