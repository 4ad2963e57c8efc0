package io.wirewatch.stream.dedup;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs on the partition that owns a band key (input: {@code <app>-neardup-by-band-repartition}):
 * looks the probe up among the members of its key in {@value NearDupStores#BAND_STORE}, remembers
 * it when it is new there, and answers with a {@link GatherMessage} keyed by the probe's article id.
 * Every probe gets exactly one answer. Cost per probe: one point lookup (and two writes when it is
 * remembered), independent of history size. Members older than {@code neardup.retention.ms} (stream
 * time) are removed through the time index {@value NearDupStores#BAND_EXPIRY_STORE}.
 */
public final class BandMatchProcessor extends ContextualProcessor<String, BandProbe, String, GatherMessage> {
    private final BandMatcher matcher;
    private final long retentionMs;
    private KeyValueStore<String, BandEntry> store;
    private KeyValueStore<String, String> expiry;

    public BandMatchProcessor(BandMatcher matcher, long retentionMs) {
        this.matcher = matcher;
        this.retentionMs = retentionMs;
    }

    @Override
    public void init(ProcessorContext<String, GatherMessage> context) {
        super.init(context);
        store = context.getStateStore(NearDupStores.BAND_STORE);
        expiry = context.getStateStore(NearDupStores.BAND_EXPIRY_STORE);
        long every = Math.max(60_000, Math.min(retentionMs / 20, Duration.ofHours(1).toMillis()));
        context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, this::expire);
    }

    @Override
    public void process(Record<String, BandProbe> record) {
        BandProbe probe = record.value();
        BandEntry entry = store.get(record.key());
        BandMatcher.Outcome outcome = matcher.match(probe, entry == null ? List.of() : entry.members());
        if (outcome.remember()) {
            BandMember m = probe.member();
            store.put(record.key(), entry == null ? new BandEntry(List.of(m)) : entry.with(m));
            expiry.put(NearDupStores.expiryKey(m.seenAt(), record.key(), m.articleId()), "");
        }
        context().forward(new Record<>(probe.articleId(), GatherMessage.of(outcome.reply()), record.timestamp()));
        for (BandReply c : outcome.corrections()) {
            context().forward(new Record<>(c.articleId(), GatherMessage.of(c), record.timestamp()));
        }
    }

    /** Removes members inserted before stream time minus retention: reads only expired index entries. */
    private void expire(long streamTime) {
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, String> it = expiry.range(NearDupStores.expiryBound(0),
                NearDupStores.expiryBound(streamTime - retentionMs))) {
            while (it.hasNext()) old.add(it.next().key);
        }
        for (String k : old) {
            int first = k.indexOf('|');
            int last = k.lastIndexOf('|');
            if (first < 0 || last <= first) {
                expiry.delete(k);
                continue;
            }
            long seenAt = Long.parseUnsignedLong(k.substring(0, first), 16);
            String bandKey = k.substring(first + 1, last);
            BandEntry entry = store.get(bandKey);
            if (entry != null) {
                BandEntry kept = entry.without(k.substring(last + 1), seenAt);
                if (kept.members().isEmpty()) store.delete(bandKey);
                else store.put(bandKey, kept);
            }
            expiry.delete(k);
        }
    }
}
