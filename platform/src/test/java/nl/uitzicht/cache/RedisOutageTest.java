package nl.uitzicht.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.school.SchoolTypeCount;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.RedisServer;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With Redis configured, cached aggregates live in Redis under keys that carry the region. When
 * the test kills that Redis, requests still succeed (served from PostgreSQL); when it comes back,
 * caching resumes.
 */
@PlatformTest
// A context of its own (its Redis): closed right after the class, while its Redis still runs (Redis
// stops when the JVM ends), so no cached context is left reconnecting to a stopped server; Spring
// pausing such a context on the next context switch hung the suite.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@WithRole(system = true)
class RedisOutageTest {

    static final RedisServer redis = RedisServer.start(new File("target"));

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("uitzicht.redis.enabled", () -> true);
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + redis.port());
        registry.add("spring.data.redis.timeout", () -> "500ms");
        registry.add("uitzicht.cache.key-prefix", () -> "test-" + UUID.randomUUID() + ":");
    }

    @Autowired
    SchoolDirectory schools;

    @Autowired
    RegionDirectory regions;

    @Autowired
    CacheManager cacheManager;

    @Autowired
    StringRedisTemplate redisTemplate;

    @Autowired
    FreshDatabase db;

    @Test
    void aRedisOutageSlowsCachedCallsButNeverFailsThem() {
        assertThat(cacheManager).isInstanceOf(RedisCacheManager.class);
        UUID region = regions.register("VO0001", "Regio R", Sector.VO).getId();
        TenantContext.runAs(region, () -> schools.register("55EE", "00", "Een", SchoolType.VO, null, 100));

        assertThat(pupils(region)).isEqualTo(100);
        assertThat(redisTemplate.keys("*" + SchoolDirectory.PROFILE_CACHE + "*"))
                .singleElement()
                .asString()
                .contains(region.toString());

        // written behind the service's back: a cached answer does not see it
        insertBehindTheCache(region, "55EF", 40);
        assertThat(pupils(region)).as("served from Redis").isEqualTo(100);

        redis.kill();
        assertThat(pupils(region)).as("Redis down: served from PostgreSQL").isEqualTo(140);
        TenantContext.runAs(region, () -> schools.register("55EG", "00", "Drie", SchoolType.VO, null, 10));
        assertThat(pupils(region)).isEqualTo(150);

        redis.restart();
        awaitReconnect(region);
        insertBehindTheCache(region, "55EH", 1);
        assertThat(pupils(region)).as("cached again after the restart").isEqualTo(150);
    }

    private long pupils(UUID region) {
        List<SchoolTypeCount> profile = TenantContext.callAs(region, schools::profile);
        return profile.stream().mapToLong(SchoolTypeCount::pupils).sum();
    }

    private void insertBehindTheCache(UUID region, String brin, int pupils) {
        db.ownerExecute("insert into school (id, tenant_id, brin, vestiging, name, type, pupil_count) values ('"
                + UUID.randomUUID() + "', '" + region + "', '" + brin + "', '00', 'x', 'VO', " + pupils + ")");
    }

    /** Lettuce reconnects in the background; a cached call succeeds all the while. */
    private void awaitReconnect(UUID region) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(pupils(region)).isEqualTo(150);
            if (cachedKeys() > 0) {
                return;
            }
            pause();
        }
        throw new AssertionError("Redis cache was not used again within 30 s after the restart");
    }

    private int cachedKeys() {
        try {
            return redisTemplate.keys("*" + SchoolDirectory.PROFILE_CACHE + "*").size();
        } catch (RuntimeException stillReconnecting) {
            return 0;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
