package nl.uitzicht.opp;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import nl.uitzicht.cache.CachedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
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
 * same count. The editor asks for it {@linkplain #later later}: a version not counted yet is rendered on the
 * application's task executor, never in the UI request (issue 13: a render took seconds on a busy node).
 */
@Component
class OppPageCounts {

    static final String CACHE = "opp-page-counts";

    private static final Logger log = LoggerFactory.getLogger(OppPageCounts.class);

    private final Cache cache;
    private final AtomicLong renders = new AtomicLong();
    private final Executor executor;
    /** Renders under way on this node, by key: a second request for the same version waits for the first. */
    private final ConcurrentMap<String, CompletableFuture<Integer>> underWay = new ConcurrentHashMap<>();

    private volatile String lastRenderThread = "";

    OppPageCounts(CacheManager caches, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.cache = Objects.requireNonNull(caches.getCache(CACHE), CACHE);
        this.executor = executor;
    }

    /** The version's page count if it was counted before (on any node); empty if not or if the cache fails. */
    OptionalInt known(OppPlan plan) {
        try {
            Integer cached = cache.get(key(plan), Integer.class);
            return cached == null ? OptionalInt.empty() : OptionalInt.of(cached);
        } catch (RuntimeException unavailable) {
            log.warn("Page count cache unavailable: {}", unavailable.toString());
            return OptionalInt.empty();
        }
    }

    /**
     * The version's page count from the task executor: from the cache, or else rendered by {@code render}
     * (which needs no database connection: the caller read what it prints) and kept, as {@link #of} does.
     */
    CompletableFuture<Integer> later(OppPlan plan, IntSupplier render) {
        String key = key(plan);
        return underWay.computeIfAbsent(key, k -> {
            CompletableFuture<Integer> pages = CompletableFuture.supplyAsync(() -> of(plan, render), executor);
            pages.whenComplete((p, e) -> underWay.remove(k));
            return pages;
        });
    }

    private static String key(OppPlan plan) {
        return plan.id() + ":" + plan.version();
    }

    /**
     * The version's page count, from the cache or else from {@code render} (called outside any transaction).
     * A cache that fails (Redis away) counts as a miss, as for the annotated caches: slower, never an error.
     */
    int of(OppPlan plan, IntSupplier render) {
        String key = key(plan);
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
        lastRenderThread = Thread.currentThread().getName();
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

    /** The name of the thread that rendered last (for tests: never the UI request's). */
    String lastRenderThread() {
        return lastRenderThread;
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
