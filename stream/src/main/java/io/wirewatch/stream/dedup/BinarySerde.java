package io.wirewatch.stream.dedup;

import io.wirewatch.common.serde.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compact binary serde for one internal near-duplicate type. Why not the project's usual
 * {@link JsonSerde}: these types never leave the application (they only travel on the
 * {@code neardup-by-band} / {@code neardup-by-article} repartition topics and live in the
 * {@code neardup-*} stores), and they are the hot path: ten probes, ten answers and ten band-store
 * reads and writes per article, each carrying a 128-byte sketch that JSON turns into base64 inside
 * a text document. Nobody reads these records by hand, so readability buys nothing here.
 * <p>Layout: one version byte ({@link #VERSION}), then the type's fields in a fixed order
 * (fixed-width big-endian numbers, unsigned LEB128 lengths, UTF-8 strings, length-prefixed bytes).
 * A reader rejects a version it does not know with a {@link SerializationException} rather than
 * guess. Data written by the earlier JSON serdes starts with {@code '{'}, which no version byte
 * uses: it is still read (through the type's {@link JsonSerde}), so band stores and in-flight
 * repartition records from before the switch stay usable; only the new format is written.
 */
public abstract class BinarySerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
    /** The format written today. */
    public static final byte VERSION = 1;
    private static final byte JSON_START = '{';

    private final Class<T> type;
    private final JsonSerde<T> legacy;

    protected BinarySerde(Class<T> type) {
        this.type = type;
        this.legacy = new JsonSerde<>(type);
    }

    public Class<T> type() {
        return type;
    }

    protected abstract void write(T value, Out out);

    protected abstract T read(In in);

    /** A typical size in bytes, so most values are written without growing the buffer. */
    protected int sizeHint() {
        return 64;
    }

    @Override
    public final byte[] serialize(String topic, T data) {
        if (data == null) return null;
        Out out = new Out(sizeHint());
        out.writeByte(VERSION);
        write(data, out);
        return out.toByteArray();
    }

    @Override
    public final T deserialize(String topic, byte[] bytes) {
        if (bytes == null) return null;
        if (bytes.length == 0) throw new SerializationException("empty " + type.getSimpleName());
        if (bytes[0] == JSON_START) return legacy.deserialize(topic, bytes);
        if (bytes[0] != VERSION) {
            throw new SerializationException("unknown " + type.getSimpleName() + " format version " + bytes[0]);
        }
        In in = new In(bytes, 1);
        try {
            T value = read(in);
            if (in.remaining() != 0) {
                throw new SerializationException(in.remaining() + " trailing bytes after " + type.getSimpleName());
            }
            return value;
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            // Truncated data or a value the record's compact constructor rejects.
            throw new SerializationException("not a valid " + type.getSimpleName() + ": " + e, e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
    }

    @Override
    public void close() {
    }

    /** Growable output buffer. */
    public static final class Out {
        private byte[] buf;
        private int n;

        Out(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        private void ensure(int more) {
            if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }

        public void writeByte(int b) {
            ensure(1);
            buf[n++] = (byte) b;
        }

        public void writeBoolean(boolean b) {
            writeByte(b ? 1 : 0);
        }

        /** Unsigned LEB128: 1 byte below 128. For counts and lengths, never negative. */
        public void writeVarInt(int v) {
            if (v < 0) throw new IllegalArgumentException("negative length or count " + v);
            ensure(5);
            while ((v & ~0x7f) != 0) {
                buf[n++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf[n++] = (byte) v;
        }

        public void writeInt(int v) {
            ensure(4);
            buf[n++] = (byte) (v >>> 24);
            buf[n++] = (byte) (v >>> 16);
            buf[n++] = (byte) (v >>> 8);
            buf[n++] = (byte) v;
        }

        public void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        public void writeDouble(double v) {
            writeLong(Double.doubleToLongBits(v));
        }

        public void writeBytes(byte[] b) {
            writeVarInt(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
        }

        /** A string that may be null: length + 1 (0 for null), then UTF-8. */
        public void writeNullableString(String s) {
            if (s == null) {
                writeVarInt(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeVarInt(b.length + 1);
            ensure(b.length);
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
        }

        public void writeString(String s) {
            if (s == null) throw new IllegalArgumentException("string must not be null");
            writeNullableString(s);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, n);
        }
    }

    /** Reader over one serialised value; every read checks bounds. */
    public static final class In {
        private final byte[] buf;
        private int i;

        In(byte[] buf, int from) {
            this.buf = buf;
            this.i = from;
        }

        int remaining() {
            return buf.length - i;
        }

        private void need(int k) {
            if (k < 0 || k > buf.length - i) {
                throw new SerializationException("truncated: need " + k + " bytes, have " + (buf.length - i));
            }
        }

        public int readByte() {
            need(1);
            return buf[i++];
        }

        public boolean readBoolean() {
            int b = readByte();
            if (b != 0 && b != 1) throw new SerializationException("not a boolean: " + b);
            return b == 1;
        }

        public int readVarInt() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = readByte();
                v |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    if (v < 0) throw new SerializationException("varint out of range");
                    return v;
                }
            }
            throw new SerializationException("varint longer than 5 bytes");
        }

        public int readInt() {
            need(4);
            int v = ((buf[i] & 0xff) << 24) | ((buf[i + 1] & 0xff) << 16) | ((buf[i + 2] & 0xff) << 8)
                    | (buf[i + 3] & 0xff);
            i += 4;
            return v;
        }

        public long readLong() {
            long hi = readInt() & 0xffffffffL;
            long lo = readInt() & 0xffffffffL;
            return (hi << 32) | lo;
        }

        public double readDouble() {
            return Double.longBitsToDouble(readLong());
        }

        public byte[] readBytes() {
            int len = readVarInt();
            need(len);
            byte[] out = Arrays.copyOfRange(buf, i, i + len);
            i += len;
            return out;
        }

        public String readNullableString() {
            int len = readVarInt();
            if (len == 0) return null;
            len--;
            need(len);
            String s = new String(buf, i, len, StandardCharsets.UTF_8);
            i += len;
            return s;
        }

        public String readString() {
            String s = readNullableString();
            if (s == null) throw new SerializationException("missing string");
            return s;
        }
    }
}
