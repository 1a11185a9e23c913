package nl.uitzicht.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.school.SchoolTypeCount;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.RedisServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Someone who can write to Redis plants a Java-serialized gadget where the app keeps a cached value. The
 * app never runs it: the value is refused, the call is answered from PostgreSQL as on a cache miss, and
 * the planted value is replaced by a proper one.
 */
@PlatformTest
// A context of its own (its Redis): closed right after the class, while its Redis still runs (Redis
// stops when the JVM ends), so no cached context is left reconnecting to a stopped server; Spring
// pausing such a context on the next context switch hung the suite.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@nl.uitzicht.testing.WithRole(system = true)
class ForeignCacheValueTest {

    static final RedisServer redis = RedisServer.start(new File("target"));

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("uitzicht.redis.enabled", () -> true);
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + redis.port());
        registry.add("uitzicht.cache.key-prefix", () -> "test-" + UUID.randomUUID() + ":");
    }

    @Autowired
    SchoolDirectory schools;

    @Autowired
    RegionDirectory regions;

    @Autowired
    StringRedisTemplate redisTemplate;

    @Autowired
    RedisConnectionFactory connections;

    @Test
    void aPlantedJavaObjectIsACacheMissNeverExecuted() throws Exception {
        UUID region = regions.register("VO0002", "Regio G", Sector.VO).getId();
        TenantContext.runAs(region, () -> schools.register("56EE", "00", "Een", SchoolType.VO, null, 100));
        assertThat(pupils(region)).isEqualTo(100);
        Set<String> keys = redisTemplate.keys("*" + SchoolDirectory.PROFILE_CACHE + "*");
        assertThat(keys).singleElement().asString().contains(region.toString());
        byte[] key = keys.iterator().next().getBytes(StandardCharsets.UTF_8);
        assertThat(inflatedJson(key)).as("stored as JSON").startsWith("[{\"type\":\"VO\"");

        try (RedisConnection connection = connections.getConnection()) {
            connection.stringCommands().set(key, Tripwire.plantedValue());
        }
        TenantContext.runAs(region, () -> schools.register("56EF", "00", "Twee", SchoolType.VO, null, 40));
        // the registration evicted the entry: plant again, now over a stale count the cache must not serve
        try (RedisConnection connection = connections.getConnection()) {
            connection.stringCommands().set(key, Tripwire.plantedValue());
        }

        assertThat(pupils(region)).as("answered from PostgreSQL").isEqualTo(140);
        assertThat(Tripwire.TRIPPED)
                .as("the planted object was never deserialized")
                .isFalse();
        assertThat(inflatedJson(key)).as("the planted value is replaced").startsWith("[{\"type\":\"VO\"");
        assertThat(pupils(region)).as("served from the cache again").isEqualTo(140);
    }

    private long pupils(UUID region) {
        List<SchoolTypeCount> profile = TenantContext.callAs(region, schools::profile);
        return profile.stream().mapToLong(SchoolTypeCount::pupils).sum();
    }

    private String inflatedJson(byte[] key) throws Exception {
        try (RedisConnection connection = connections.getConnection()) {
            byte[] stored = connection.stringCommands().get(key);
            assertThat(stored).isNotNull();
            return new String(
                    new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(stored)).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
