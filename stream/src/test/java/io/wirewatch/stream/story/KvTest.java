package io.wirewatch.stream.story;

import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KvTest {
    @Test
    void cacheWritesThroughSoTheStoreAlwaysHoldsTheTruth() {
        Kv<String, String> store = Kv.serialized(Serdes.String());
        Kv<String, String> cached = Kv.cached(store, 2);
        cached.put("a", "1");
        cached.put("b", "2");
        assertThat(store.get("a")).isEqualTo("1");
        cached.put("a", "3");
        assertThat(store.get("a")).isEqualTo("3");
        cached.delete("b");
        assertThat(store.get("b")).isNull();
        assertThat(cached.get("b")).isNull();
        assertThat(cached.keysWhere(v -> true)).containsExactly("a");
    }

    @Test
    void cacheServesHotKeysWithoutTheStoreAndRereadsEvictedOnes() {
        int[] reads = {0};
        Kv<String, String> store = Kv.serialized(Serdes.String());
        Kv<String, String> counting = new Kv<>() {
            public String get(String k) {
                reads[0]++;
                return store.get(k);
            }

            public void put(String k, String v) {
                store.put(k, v);
            }

            public void delete(String k) {
                store.delete(k);
            }

            public java.util.List<String> keysWhere(java.util.function.Predicate<String> t) {
                return store.keysWhere(t);
            }
        };
        store.put("cold", "x");
        Kv<String, String> cached = Kv.cached(counting, 2);
        assertThat(cached.get("cold")).isEqualTo("x");
        assertThat(cached.get("cold")).isEqualTo("x");
        assertThat(reads[0]).isEqualTo(1);
        cached.put("p", "1");
        cached.put("q", "2"); // bound 2: "cold" is the least recently used and goes
        assertThat(cached.get("cold")).isEqualTo("x");
        assertThat(reads[0]).isEqualTo(2);
    }
}
