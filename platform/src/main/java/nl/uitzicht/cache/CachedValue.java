package nl.uitzicht.cache;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/**
 * What one cache holds, declared as a bean by the feature that owns the cache. In Redis each value is
 * stored as JSON and read back as exactly this type; a cache without a declaration does not exist there.
 * Only plain data (records, lists, maps, java.time values) can be declared, so a value written into
 * Redis by someone else can at worst be misread, never run code.
 */
public record CachedValue(
        String cacheName, Class<?> type, @Nullable Class<?> listElement) {

    /** A cache of single values of {@code type}. */
    public static CachedValue of(String cacheName, Class<?> type) {
        return new CachedValue(cacheName, type, null);
    }

    /** A cache of lists of {@code element}. */
    public static CachedValue listOf(String cacheName, Class<?> element) {
        return new CachedValue(cacheName, java.util.List.class, element);
    }

    JavaType javaType(TypeFactory types) {
        return listElement == null
                ? types.constructType(type)
                : types.constructCollectionType(java.util.List.class, listElement);
    }
}
