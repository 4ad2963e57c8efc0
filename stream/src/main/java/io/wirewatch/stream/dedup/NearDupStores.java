package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import java.time.Duration;

/**
 * Names, serdes and builders of the near-duplicate state. All persistent (RocksDB, changelogged):
 * <ul>
 *   <li>{@value #BAND_STORE}: window store, band key → {@link BandMember}s, duplicates retained;
 *       RocksDB segments older than {@code neardup.retention.ms} are dropped whole, so the history is
 *       bounded without scanning it.</li>
 *   <li>{@value #PENDING_STORE}: article id#revision → the article, only while its band answers are
 *       outstanding.</li>
 *   <li>{@value #VOTES_STORE}: article id#revision → {@link Votes}, likewise.</li>
 * </ul>
 */
public final class NearDupStores {
    public static final String BAND_STORE = "neardup-band-store";
    public static final String PENDING_STORE = "neardup-pending-store";
    public static final String VOTES_STORE = "neardup-votes-store";

    public static final JsonSerde<BandProbe> PROBE = new JsonSerde<>(BandProbe.class);
    public static final JsonSerde<BandMember> MEMBER = new JsonSerde<>(BandMember.class);
    public static final JsonSerde<GatherMessage> GATHER = new JsonSerde<>(GatherMessage.class);
    public static final JsonSerde<Votes> VOTES = new JsonSerde<>(Votes.class);

    private NearDupStores() {
    }

    public static StoreBuilder<WindowStore<String, BandMember>> bandStore(long retentionMs) {
        // Window size 1 ms: the "window" is just the member's timestamp; retention is what matters.
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(BAND_STORE, Duration.ofMillis(retentionMs), Duration.ofMillis(1), true),
                Serdes.String(), MEMBER);
    }

    public static StoreBuilder<KeyValueStore<String, Article>> pendingStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), WirewatchSerdes.ARTICLE);
    }

    public static StoreBuilder<KeyValueStore<String, Votes>> votesStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VOTES_STORE), Serdes.String(), VOTES);
    }
}
