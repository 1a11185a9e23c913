package nl.uitzicht.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * One cache's values as JSON of its declared type ({@link CachedValue}), deflated at the fastest level: a
 * large region's dashboard shrinks about threefold, which saves more time on the Redis round trip than the
 * compression costs. No type information is read from the stored bytes (no Java serialization, no
 * polymorphic JSON): whatever is in Redis is parsed as the declared record type or refused. A refused
 * value raises {@link SerializationException}, which the cache error handler logs and treats as a miss.
 */
final class CompressedJsonSerializer implements RedisSerializer<Object> {

    /** More than any real cache value inflates to: a small stored value cannot blow up memory. */
    static final int MAX_INFLATED_BYTES = 64 * 1024 * 1024;

    private final JsonMapper json;
    private final JavaType type;

    CompressedJsonSerializer(JsonMapper json, JavaType type) {
        this.json = json;
        this.type = type;
    }

    @Override
    public byte[] serialize(@Nullable Object value) {
        if (value == null) {
            throw new SerializationException("Null is not cached");
        }
        if (!type.getRawClass().isInstance(value)) {
            throw new SerializationException(
                    "Not a cached " + type + ": " + value.getClass().getName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED))) {
            json.writerFor(type).writeValue(deflate, value);
        } catch (IOException | JacksonException e) {
            throw new SerializationException("Cannot write a cache value as " + type, e);
        }
        return out.toByteArray();
    }

    @Override
    public @Nullable Object deserialize(byte @Nullable [] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        byte[] inflated;
        try (InflaterInputStream inflate = new InflaterInputStream(new ByteArrayInputStream(bytes))) {
            inflated = inflate.readNBytes(MAX_INFLATED_BYTES + 1);
        } catch (IOException e) {
            throw new SerializationException("Cannot decompress a cache value", e);
        }
        if (inflated.length > MAX_INFLATED_BYTES) {
            throw new SerializationException("Cache value too large");
        }
        try {
            return json.readValue(inflated, type);
        } catch (JacksonException e) {
            throw new SerializationException("Cache value is not a " + type, e);
        }
    }
}
