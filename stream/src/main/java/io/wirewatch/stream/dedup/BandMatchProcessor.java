package io.wirewatch.stream.dedup;

import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs on the partition that owns a band key (input: {@code <app>-neardup-by-band-repartition}):
 * looks the probe up among the members of its key in {@value NearDupStores#BAND_STORE}, remembers
 * it when it is new there, and answers with a {@link GatherMessage} keyed by the probe's article id.
 * Every probe gets exactly one answer. Cost per probe: one key lookup, independent of history size.
 */
public final class BandMatchProcessor extends ContextualProcessor<String, BandProbe, String, GatherMessage> {
    private final BandMatcher matcher;
    private WindowStore<String, BandMember> store;

    public BandMatchProcessor(BandMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public void init(ProcessorContext<String, GatherMessage> context) {
        super.init(context);
        store = context.getStateStore(NearDupStores.BAND_STORE);
    }

    @Override
    public void process(Record<String, BandProbe> record) {
        BandProbe probe = record.value();
        List<BandMember> members = new ArrayList<>();
        try (WindowStoreIterator<BandMember> it = store.fetch(record.key(), 0L, Long.MAX_VALUE)) {
            while (it.hasNext()) members.add(it.next().value);
        }
        BandMatcher.Outcome outcome = matcher.match(probe, members);
        if (outcome.remember()) {
            store.put(record.key(), probe.member(), probe.seenAt());
        }
        context().forward(new Record<>(probe.articleId(), GatherMessage.of(outcome.reply()), record.timestamp()));
    }
}
