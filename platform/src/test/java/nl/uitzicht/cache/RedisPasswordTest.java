package nl.uitzicht.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.RedisServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Redis that requires AUTH, addressed by a URL without credentials and a password of its own
 * ({@code UITZICHT_REDIS_PASSWORD}, as the Helm chart passes it from a Secret): the cache works.
 */
@PlatformTest
// A context of its own (its Redis): closed right after the class, while its Redis still runs (Redis
// stops when the JVM ends), so no cached context is left reconnecting to a stopped server; Spring
// pausing such a context on the next context switch hung the suite.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@nl.uitzicht.testing.WithRole(system = true)
class RedisPasswordTest {

    static final String PASSWORD = "redis-test-" + UUID.randomUUID();
    static final RedisServer redis = RedisServer.start(new File("target"), PASSWORD);

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("uitzicht.redis.enabled", () -> true);
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + redis.port());
        registry.add("uitzicht.redis.password", () -> PASSWORD);
    }

    @Autowired
    SchoolDirectory schools;

    @Autowired
    RegionDirectory regions;

    @Autowired
    StringRedisTemplate redisTemplate;

    @Test
    void thePasswordOfItsOwnAuthenticatesTheConnection() {
        UUID region = regions.register("VO0003", "Regio P", Sector.VO).getId();
        TenantContext.runAs(region, () -> schools.register("57EE", "00", "Een", SchoolType.VO, null, 100));
        TenantContext.runAs(region, schools::profile);
        // without AUTH this would fail with NOAUTH
        assertThat(redisTemplate.keys("*" + SchoolDirectory.PROFILE_CACHE + "*"))
                .singleElement()
                .asString()
                .contains(region.toString());
    }
}
