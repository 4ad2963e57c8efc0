package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Names, serdes and builders of the near-duplicate state. All persistent (RocksDB, changelogged):
 * <ul>
 *   <li>{@value #BAND_STORE}: band key → {@link BandEntry} (a few {@link BandMember}s): one point
 *       lookup per probe, whatever the size of the history.</li>
 *   <li>{@value #BAND_EXPIRY_STORE}: {@code <16 hex digits of seenAt>|<band key>|<article id>} → "",
 *       a time index of the band store, so expiry reads only what has expired (a range scan from the
 *       oldest key), never the whole history.</li>
 *   <li>{@value #PENDING_STORE}: article id#revision → the article, only while its band answers are
 *       outstanding.</li>
 *   <li>{@value #VOTES_STORE}: article id#revision → {@link Votes}, likewise.</li>
 * </ul>
 */
public final class NearDupStores {
    public static final String BAND_STORE = "neardup-band-store";
    public static final String BAND_EXPIRY_STORE = "neardup-band-expiry-store";
    public static final String PENDING_STORE = "neardup-pending-store";
    public static final String VOTES_STORE = "neardup-votes-store";

    public static final JsonSerde<BandProbe> PROBE = new JsonSerde<>(BandProbe.class);
    public static final JsonSerde<BandEntry> ENTRY = new JsonSerde<>(BandEntry.class);
    public static final JsonSerde<GatherMessage> GATHER = new JsonSerde<>(GatherMessage.class);
    public static final JsonSerde<Votes> VOTES = new JsonSerde<>(Votes.class);

    private NearDupStores() {
    }

    public static StoreBuilder<KeyValueStore<String, BandEntry>> bandStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BAND_STORE), Serdes.String(), ENTRY)
                .withCachingEnabled();
    }

    public static StoreBuilder<KeyValueStore<String, String>> bandExpiryStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BAND_EXPIRY_STORE),
                Serdes.String(), Serdes.String()).withCachingEnabled();
    }

    /** Index key: fixed-width hex time first, so string order is time order. */
    public static String expiryKey(long seenAt, String bandKey, String articleId) {
        return String.format(java.util.Locale.ROOT, "%016x|%s|%s", Math.max(0, seenAt), bandKey, articleId);
    }

    /** The smallest key at or after {@code time}: everything before it is older. */
    public static String expiryBound(long time) {
        return String.format(java.util.Locale.ROOT, "%016x", Math.max(0, time));
    }

    /**
     * Pending and votes entries live for one decision, usually within one commit interval: with the
     * record cache (bounded by {@code statestore.cache.max.bytes}) most never reach RocksDB or the changelog.
     */
    public static StoreBuilder<KeyValueStore<String, Article>> pendingStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), WirewatchSerdes.ARTICLE).withCachingEnabled();
    }

    public static StoreBuilder<KeyValueStore<String, Votes>> votesStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VOTES_STORE), Serdes.String(), VOTES)
                .withCachingEnabled();
    }
}
