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
