package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.common.errors.SerializationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The binary serdes of the near-duplicate stage's internal types, one per type (see
 * {@link BinarySerde} for why these are binary and not JSON, and for the layout rules). Used through
 * {@link NearDupStores#PROBE}, {@link NearDupStores#ENTRY}, {@link NearDupStores#GATHER} and
 * {@link NearDupStores#VOTES}. The article inside a {@link GatherMessage} stays JSON
 * ({@link WirewatchSerdes#ARTICLE}): it travels once per article, not once per band.
 */
public final class NearDupSerdes {
    private NearDupSerdes() {
    }

    /** {@link BandProbe}: id, revision, seenAt, fetchedMicros, shingles, sketch, band, bands. */
    public static final class BandProbeSerde extends BinarySerde<BandProbe> {
        public BandProbeSerde() {
            super(BandProbe.class);
        }

        @Override
        protected int sizeHint() {
            return 200;
        }

        @Override
        protected void write(BandProbe p, Out out) {
            out.writeString(p.articleId());
            out.writeInt(p.revision());
            out.writeLong(p.seenAt());
            out.writeLong(p.fetchedMicros());
            out.writeVarInt(p.shingles());
            out.writeBytes(p.sketch());
            out.writeVarInt(p.band());
            out.writeVarInt(p.bands());
        }

        @Override
        protected BandProbe read(In in) {
            return new BandProbe(in.readString(), in.readInt(), in.readLong(), in.readLong(), in.readVarInt(),
                    in.readBytes(), in.readVarInt(), in.readVarInt());
        }
    }

    /** {@link BandEntry}: member count, then each member as id, revision, seenAt, fetchedMicros, shingles, sketch. */
    public static final class BandEntrySerde extends BinarySerde<BandEntry> {
        /** Far above {@code neardup.band.max.members} (at most 1000): a larger count is corrupt data. */
        private static final int MAX_MEMBERS = 100_000;

        public BandEntrySerde() {
            super(BandEntry.class);
        }

        @Override
        protected int sizeHint() {
            return 200;
        }

        @Override
        protected void write(BandEntry e, Out out) {
            out.writeVarInt(e.members().size());
            for (BandMember m : e.members()) {
                out.writeString(m.articleId());
                out.writeInt(m.revision());
                out.writeLong(m.seenAt());
                out.writeLong(m.fetchedMicros());
                out.writeVarInt(m.shingles());
                out.writeBytes(m.sketch());
            }
        }

        @Override
        protected BandEntry read(In in) {
            int n = in.readVarInt();
            if (n > MAX_MEMBERS) throw new SerializationException("implausible member count " + n);
            List<BandMember> members = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                members.add(new BandMember(in.readString(), in.readInt(), in.readLong(), in.readLong(),
                        in.readVarInt(), in.readBytes()));
            }
            return new BandEntry(members);
        }
    }

    /**
     * {@link GatherMessage}: bands, then a tag (0 article, 1 reply) and either the article's JSON or
     * the reply (article id, revision, band, bands, match id or null, containment, Jaccard, match
     * seenAt, match fetchedMicros, correction flag).
     */
    public static final class GatherMessageSerde extends BinarySerde<GatherMessage> {
        private static final int ARTICLE = 0;
        private static final int REPLY = 1;

        public GatherMessageSerde() {
            super(GatherMessage.class);
        }

        @Override
        protected void write(GatherMessage m, Out out) {
            out.writeVarInt(m.bands());
            if (m.article() != null) {
                out.writeByte(ARTICLE);
                out.writeBytes(WirewatchSerdes.ARTICLE.serialize(null, m.article()));
                return;
            }
            BandReply r = m.reply();
            out.writeByte(REPLY);
            out.writeString(r.articleId());
            out.writeInt(r.revision());
            out.writeVarInt(r.band());
            out.writeVarInt(r.bands());
            out.writeNullableString(r.matchId());
            out.writeDouble(r.similarity());
            out.writeDouble(r.jaccard());
            out.writeLong(r.matchSeenAt());
            out.writeLong(r.matchFetchedMicros());
            out.writeBoolean(r.correction());
        }

        @Override
        protected GatherMessage read(In in) {
            int bands = in.readVarInt();
            int tag = in.readByte();
            if (tag == ARTICLE) {
                Article a = WirewatchSerdes.ARTICLE.deserialize(null, in.readBytes());
                return new GatherMessage(a, null, bands);
            }
            if (tag != REPLY) throw new SerializationException("unknown gather message kind " + tag);
            BandReply r = new BandReply(in.readString(), in.readInt(), in.readVarInt(), in.readVarInt(),
                    in.readNullableString(), in.readDouble(), in.readDouble(), in.readLong(), in.readLong(),
                    in.readBoolean());
            return new GatherMessage(null, r, bands);
        }
    }

    /**
     * {@link Votes}: replies, bands, match id or null, containment, Jaccard, match seenAt, match
     * fetchedMicros, first arrival, article-here flag, wall-clock arrival.
     */
    public static final class VotesSerde extends BinarySerde<Votes> {
        public VotesSerde() {
            super(Votes.class);
        }

        @Override
        protected void write(Votes v, Out out) {
            out.writeVarInt(v.replies());
            out.writeVarInt(v.bands());
            out.writeNullableString(v.matchId());
            out.writeDouble(v.similarity());
            out.writeDouble(v.jaccard());
            out.writeLong(v.matchSeenAt());
            out.writeLong(v.matchFetchedMicros());
            out.writeLong(v.firstArrival());
            out.writeBoolean(v.articleHere());
            out.writeLong(v.arrivedWallMs());
        }

        @Override
        protected Votes read(In in) {
            return new Votes(in.readVarInt(), in.readVarInt(), in.readNullableString(), in.readDouble(),
                    in.readDouble(), in.readLong(), in.readLong(), in.readLong(), in.readBoolean(), in.readLong());
        }
    }
}
