package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;
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

    /*
     * Binary, not the project's usual JSON: internal topics and stores on the hot path (see BinarySerde).
     */
    /** Value of {@code <app>-neardup-by-band-repartition}. */
    public static final NearDupSerdes.BandProbeSerde PROBE = new NearDupSerdes.BandProbeSerde();
    /** Value of {@value #BAND_STORE}. */
    public static final NearDupSerdes.BandEntrySerde ENTRY = new NearDupSerdes.BandEntrySerde();
    /** Value of {@code <app>-neardup-by-article-repartition}. */
    public static final NearDupSerdes.GatherMessageSerde GATHER = new NearDupSerdes.GatherMessageSerde();
    /** Value of {@value #VOTES_STORE}. */
    public static final NearDupSerdes.VotesSerde VOTES = new NearDupSerdes.VotesSerde();
    private static final String ZEROS = "0000000000000000";

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
        // Built by hand, not String.format: one per band and article on the hot path.
        return expiryBound(seenAt) + '|' + bandKey + '|' + articleId;
    }

    /** The smallest key at or after {@code time}: everything before it is older. */
    public static String expiryBound(long time) {
        String hex = Long.toHexString(Math.max(0, time));
        return ZEROS.substring(hex.length()) + hex;
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
