package io.wirewatch.common.serde;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.IOException;

/**
 * JSON serde for one record type. Times are ISO-8601 strings; unknown fields are ignored so that
 * older readers survive newer writers. A record whose JSON or compact-constructor validation fails
 * raises {@link SerializationException} with the cause; stages that read untrusted input
 * deserialize inside a processor instead so the failure becomes a dead letter.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
    /** The one configured mapper: JSR-310 times as ISO strings, tolerant of unknown fields. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) return null;
        try {
            return MAPPER.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) return null;
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + ": " + rootMessage(e), e);
        }
    }

    /** Parses without Kafka's exception wrapper; for callers that turn failures into dead letters. */
    public T read(byte[] bytes) throws IOException {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (RuntimeException e) {
            throw new IOException(rootMessage(e), e);
        }
    }

    public String toJson(T value) {
        return new String(serialize(null, value), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        if (m == null) m = t.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
    }

    @Override
    public void close() {
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
