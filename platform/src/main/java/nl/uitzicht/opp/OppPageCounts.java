package nl.uitzicht.opp;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import nl.uitzicht.cache.CachedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The number of A4 pages of each saved OPP's parents' PDF, rendered once per saved version and kept
 * in the app's cache (Redis or in-process) under the plan's id and row version ({@link OppPlan#version()},
 * which every save raises, also edits within one content version): a saved version never changes, so
 * its count never goes stale. The editor's length warning and the analysis' automatic check read the
 * same count.
 */
@Component
class OppPageCounts {

    static final String CACHE = "opp-page-counts";

    private static final Logger log = LoggerFactory.getLogger(OppPageCounts.class);

    private final Cache cache;
    private final AtomicLong renders = new AtomicLong();

    OppPageCounts(CacheManager caches) {
        this.cache = Objects.requireNonNull(caches.getCache(CACHE), CACHE);
    }

    /**
     * The version's page count, from the cache or else from {@code render} (called outside any transaction).
     * A cache that fails (Redis away) counts as a miss, as for the annotated caches: slower, never an error.
     */
    int of(OppPlan plan, IntSupplier render) {
        String key = plan.id() + ":" + plan.version();
        Integer cached = null;
        try {
            cached = cache.get(key, Integer.class);
        } catch (RuntimeException unavailable) {
            log.warn("Page count cache unavailable, rendering: {}", unavailable.toString());
        }
        if (cached != null) {
            return cached;
        }
        renders.incrementAndGet();
        int pages = render.getAsInt();
        try {
            cache.put(key, pages);
        } catch (RuntimeException unavailable) {
            log.warn("Page count cache unavailable, not kept: {}", unavailable.toString());
        }
        return pages;
    }

    /** How many times a page count was rendered rather than read from the cache (for tests and diagnosis). */
    long renders() {
        return renders.get();
    }

    /** The cache's declared value type (Redis stores it as JSON of this type). */
    @Configuration(proxyBeanMethods = false)
    static class Declaration {

        @Bean
        CachedValue cachedOppPageCounts() {
            return CachedValue.of(CACHE, Integer.class);
        }
    }
}
