package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.serde.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearDupSerdesTest {
    private final byte[] sketch = new MinHasher(5, 128, 10, 2).sign(Fixtures.seed(0)).sketch();

    private static <T> T roundTrip(BinarySerde<T> serde, T value) {
        return serde.deserialize("t", serde.serialize("t", value));
    }

    @Test
    void probeSurvivesTheRoundTripWithItsSketchAndUnicodeId() {
        BandProbe p = new BandProbe("ärtikel-Ω-1", 3, 1_780_000_000_123L, -42L, 517, sketch, 9, 10);
        BandProbe back = roundTrip(NearDupStores.PROBE, p);
        assertThat(back).usingRecursiveComparison().isEqualTo(p);
        assertThat(back.sketch()).containsExactly(sketch);
    }

    @Test
    void bandEntrySurvivesTheRoundTripMembersInOrder() {
        BandEntry e = new BandEntry(List.of(
                new BandMember("a", 1, 100, 5, 40, sketch),
                new BandMember("b", Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1, new byte[0])));
        BandEntry back = roundTrip(NearDupStores.ENTRY, e);
        assertThat(back.members()).hasSize(2);
        assertThat(back.members().get(0)).usingRecursiveComparison().isEqualTo(e.members().get(0));
        assertThat(back.members().get(1)).usingRecursiveComparison().isEqualTo(e.members().get(1));
        assertThat(roundTrip(NearDupStores.ENTRY, new BandEntry(List.of())).members()).isEmpty();
    }

    @Test
    void binaryBandEntryIsAFractionOfItsJson() {
        BandEntry e = new BandEntry(List.of(new BandMember("0123456789abcdef0123", 1, 1_780_000_000_123L,
                1_780_000_000_123_456L, 517, sketch)));
        int binary = NearDupStores.ENTRY.serialize(null, e).length;
        int json = new JsonSerde<>(BandEntry.class).serialize(null, e).length;
        // 1 version + 1 count + 21 id + 4 + 8 + 8 + 2 shingles + 2 length + 128 sketch
        assertThat(binary).isEqualTo(175);
        assertThat(binary).isLessThan(json * 2 / 3);
    }

    @Test
    void gatherMessageCarriesEitherTheArticleOrAReply() {
        Article a = new Article("id-1", "feed", "src", "https://x.example/a", null, Instant.parse("2026-06-01T10:00:00Z"),
                null, null, "Title", "Body text with ünïcode.", null, "en", null, "fp", 2, null, null, null);
        GatherMessage m = roundTrip(NearDupStores.GATHER, GatherMessage.of(a, 10));
        assertThat(m.article()).isEqualTo(a);
        assertThat(m.reply()).isNull();
        assertThat(m.bands()).isEqualTo(10);

        BandReply match = new BandReply("id-2", 1, 4, 10, "id-1", 0.93, 0.71, 123, 456, true);
        GatherMessage r = roundTrip(NearDupStores.GATHER, GatherMessage.of(match));
        assertThat(r.article()).isNull();
        assertThat(r.reply()).isEqualTo(match);

        BandReply none = new BandReply("id-3", 1, 0, 10, null, 0, 0, 0, 0, false);
        assertThat(roundTrip(NearDupStores.GATHER, GatherMessage.of(none)).reply()).isEqualTo(none);
    }

    @Test
    void votesSurviveTheRoundTripWithAndWithoutAMatch() {
        Votes empty = Votes.empty(10, 1_000, 2_000);
        assertThat(roundTrip(NearDupStores.VOTES, empty)).isEqualTo(empty);
        Votes v = empty.add(new BandReply("b", 1, 0, 10, "a", 0.8, 0.6, 100, 7, false)).withArticle();
        assertThat(roundTrip(NearDupStores.VOTES, v)).isEqualTo(v);
    }

    @Test
    void everyValueStartsWithTheVersionByte() {
        assertThat(NearDupStores.VOTES.serialize(null, Votes.empty(10, 0, 0))[0]).isEqualTo(BinarySerde.VERSION);
        assertThat(NearDupStores.PROBE.serialize(null, new BandProbe("a", 1, 0, 0, 1, sketch, 0, 1))[0])
                .isEqualTo(BinarySerde.VERSION);
    }

    @Test
    void unknownVersionIsRejectedNotGuessed() {
        byte[] bytes = NearDupStores.VOTES.serialize(null, Votes.empty(10, 0, 0));
        bytes[0] = 2;
        assertThatThrownBy(() -> NearDupStores.VOTES.deserialize(null, bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 2");
    }

    @Test
    void truncatedOrPaddedDataIsASerializationError() {
        byte[] bytes = NearDupStores.PROBE.serialize(null, new BandProbe("a", 1, 0, 0, 1, sketch, 0, 1));
        assertThatThrownBy(() -> NearDupStores.PROBE.deserialize(null, Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> NearDupStores.PROBE.deserialize(null, Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("trailing");
        assertThatThrownBy(() -> NearDupStores.PROBE.deserialize(null, new byte[0]))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void invalidContentIsASerializationErrorFromTheCompactConstructor() {
        // band 5 of 1 bands: the record refuses it, the serde reports it as bad data.
        byte[] good = NearDupStores.PROBE.serialize(null, new BandProbe("a", 1, 0, 0, 1, sketch, 0, 1));
        byte[] bad = good.clone();
        bad[bad.length - 2] = 5;
        assertThatThrownBy(() -> NearDupStores.PROBE.deserialize(null, bad))
                .isInstanceOf(SerializationException.class).hasMessageContaining("band 5 of 1");
    }

    @Test
    void valuesWrittenByTheEarlierJsonSerdeAreStillRead() {
        BandEntry e = new BandEntry(List.of(new BandMember("a", 1, 100, 5, 40, sketch)));
        byte[] json = new JsonSerde<>(BandEntry.class).serialize(null, e);
        BandEntry back = NearDupStores.ENTRY.deserialize(null, json);
        assertThat(back.members().get(0)).usingRecursiveComparison().isEqualTo(e.members().get(0));
        Votes v = Votes.empty(20, 5, 6);
        assertThat(NearDupStores.VOTES.deserialize(null, new JsonSerde<>(Votes.class).serialize(null, v))).isEqualTo(v);
    }
}
