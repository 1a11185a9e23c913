package nl.uitzicht.cache;

import io.lettuce.core.ClientOptions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.interceptor.LoggingCacheErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redis when {@code uitzicht.redis.enabled}, else an in-process cache. With Redis, commands time
 * out after 500 ms, are rejected at once while disconnected, and cache errors are logged and
 * skipped: a Redis outage makes a cached call slower, never a failed request. Writes and evictions
 * complete before the call returns, so every node sees a change at once.
 *
 * <p>Every cache is declared with the type of its values ({@link CachedValue}); Redis holds them as JSON of
 * that type, never as Java serialization, so whoever can write to Redis cannot make a node run code.
 *
 * <p>The cache advice runs inside method security (which has orders 100-500) but outside the transaction
 * advice (lowest precedence): a cache hit opens no database transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = CacheConfiguration.ADVICE_ORDER)
class CacheConfiguration implements CachingConfigurer {

    static final int ADVICE_ORDER = 1000;

    private static final Logger log = LoggerFactory.getLogger(CacheConfiguration.class);

    @Bean
    CacheManager cacheManager(
            ObjectProvider<RedisConnectionFactory> redis,
            List<CachedValue> cachedValues,
            @Value("${uitzicht.redis.enabled:false}") boolean redisEnabled,
            @Value("${uitzicht.cache.key-prefix:uitzicht:}") String keyPrefix,
            @Value("${uitzicht.cache.ttl:PT10M}") Duration ttl) {
        RedisConnectionFactory factory = redisEnabled ? redis.getIfAvailable() : null;
        if (factory == null) {
            log.info("Cache: in-process (no Redis configured)");
            return new ConcurrentMapCacheManager();
        }
        log.info("Cache: Redis");
        RedisCacheConfiguration defaults = RedisCacheConfiguration.defaultCacheConfig()
                .disableCachingNullValues()
                .entryTtl(ttl)
                .prefixCacheNameWith(keyPrefix);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, RedisCacheConfiguration> caches = new HashMap<>();
        for (CachedValue value : cachedValues) {
            caches.put(
                    value.cacheName(),
                    defaults.serializeValuesWith(RedisSerializationContext.SerializationPair.fromSerializer(
                            new CompressedJsonSerializer(json, value.javaType(json.getTypeFactory())))));
        }
        // Immediate writes: Spring Data Redis writes asynchronously by default, so an eviction
        // could reach Redis after the next read (on this node or another) and serve a stale value.
        // Only declared caches exist: an undeclared one would have no type to read its values as.
        return RedisCacheManager.builder(RedisCacheWriter.create(factory, writer -> writer.immediateWrites()))
                .cacheDefaults(defaults)
                .withInitialCacheConfigurations(caches)
                .disableCreateOnMissingCache()
                .build();
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return new LoggingCacheErrorHandler("nl.uitzicht.cache.errors", false);
    }

    /**
     * Redis AUTH from a password of its own ({@code UITZICHT_REDIS_PASSWORD}, e.g. from a Kubernetes Secret)
     * for a Redis URL that carries none: Spring Boot ignores {@code spring.data.redis.password} once a URL is
     * set. A password in the URL itself wins.
     */
    @Bean
    static BeanPostProcessor redisPasswordOfItsOwn(Environment environment) {
        String password = environment.getProperty("uitzicht.redis.password", "");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (!password.isEmpty()
                        && bean instanceof LettuceConnectionFactory lettuce
                        && !lettuce.getStandaloneConfiguration().getPassword().isPresent()) {
                    lettuce.getStandaloneConfiguration().setPassword(RedisPassword.of(password));
                }
                return bean;
            }
        };
    }

    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    KeyGenerator tenantKeys() {
        return new TenantKeyGenerator(true);
    }

    @Bean
    KeyGenerator tenantKey() {
        return new TenantKeyGenerator(false);
    }
}
