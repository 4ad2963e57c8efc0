package io.wirewatch.stream.story;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The little the story engine needs from a key-value store, so the same engine runs on Kafka
 * Streams stores in the topology and on plain maps in the evaluation.
 */
public interface Kv<K, V> {
    V get(K key);

    void put(K key, V value);

    void delete(K key);

    /** Keys whose value matches, in key order. */
    List<K> keysWhere(Predicate<V> test);

    static <K extends Comparable<K>, V> Kv<K, V> inMemory() {
        return new Kv<>() {
            private final Map<K, V> map = new TreeMap<>();

            @Override
            public V get(K key) {
                return map.get(key);
            }

            @Override
            public void put(K key, V value) {
                map.put(key, value);
            }

            @Override
            public void delete(K key) {
                map.remove(key);
            }

            @Override
            public List<K> keysWhere(Predicate<V> test) {
                List<K> out = new ArrayList<>();
                map.forEach((k, v) -> {
                    if (test.test(v)) out.add(k);
                });
                return out;
            }
        };
    }

    /**
     * In memory, but every value goes through its serde on put and get, as in a RocksDB store: for
     * measuring what state (de)serialisation costs the single story task.
     */
    static <K extends Comparable<K>, V> Kv<K, V> serialized(org.apache.kafka.common.serialization.Serde<V> serde) {
        return new Kv<>() {
            private final Map<K, byte[]> map = new TreeMap<>();

            @Override
            public V get(K key) {
                byte[] b = map.get(key);
                return b == null ? null : serde.deserializer().deserialize("", b);
            }

            @Override
            public void put(K key, V value) {
                map.put(key, serde.serializer().serialize("", value));
            }

            @Override
            public void delete(K key) {
                map.remove(key);
            }

            @Override
            public List<K> keysWhere(Predicate<V> test) {
                List<K> out = new ArrayList<>();
                map.forEach((k, v) -> {
                    if (test.test(serde.deserializer().deserialize("", v))) out.add(k);
                });
                return out;
            }
        };
    }

    /**
     * A bounded, write-through cache of deserialised values in front of {@code backing}: reads of hot keys
     * (the stories an article is compared with, the index terms of a busy story) skip deserialisation;
     * every write still goes to the backing store, so the store (and its changelog) stays the truth and
     * dropping the cache loses nothing. Only correct while this processor is the store's only writer, which
     * a Streams task guarantees; the processor builds a fresh cache in {@code init}, so a task that is
     * restored or revived after a failed transaction never sees values from before. LRU, at most
     * {@code maxEntries} values.
     */
    static <K, V> Kv<K, V> cached(Kv<K, V> backing, int maxEntries) {
        if (maxEntries < 1) throw new IllegalArgumentException("maxEntries < 1");
        Map<K, V> lru = new java.util.LinkedHashMap<>(Math.min(maxEntries, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
        return new Kv<>() {
            @Override
            public V get(K key) {
                V v = lru.get(key);
                if (v != null) return v;
                v = backing.get(key);
                if (v != null) lru.put(key, v);
                return v;
            }

            @Override
            public void put(K key, V value) {
                backing.put(key, value);
                if (value == null) lru.remove(key);
                else lru.put(key, value);
            }

            @Override
            public void delete(K key) {
                backing.delete(key);
                lru.remove(key);
            }

            @Override
            public List<K> keysWhere(Predicate<V> test) {
                return backing.keysWhere(test);
            }
        };
    }

    static <K, V> Kv<K, V> of(KeyValueStore<K, V> store) {
        return new Kv<>() {
            @Override
            public V get(K key) {
                return store.get(key);
            }

            @Override
            public void put(K key, V value) {
                store.put(key, value);
            }

            @Override
            public void delete(K key) {
                store.delete(key);
            }

            @Override
            public List<K> keysWhere(Predicate<V> test) {
                List<K> out = new ArrayList<>();
                try (KeyValueIterator<K, V> it = store.all()) {
                    while (it.hasNext()) {
                        KeyValue<K, V> kv = it.next();
                        if (test.test(kv.value)) out.add(kv.key);
                    }
                }
                return out;
            }
        };
    }
}
