package nl.uitzicht.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import nl.uitzicht.UitzichtApplication;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.OidcSettings;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.school.SchoolTypeCount;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.RedisServer;
import nl.uitzicht.testing.SharedTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two instances of the whole application (two Spring contexts, each with its own web server and
 * scheduler) on one PostgreSQL database and one Redis, as two replicas behind the Ingress: a
 * cached aggregate is shared and its eviction on one node reaches the other, and a
 * {@link ScheduledOnce} job runs on one node per turn while a plain {@code @Scheduled} job runs on
 * both. Node one migrates; node two starts with migrations off, as the app pods do.
 */
@Tag("own-jvm")
class TwoAppNodesTest {

    static final String DEMO_REGION = "PO2999";
    static final String ISSUER = "http://keycloak.localhost:8180/realms/uitzicht-demo";

    static SharedTestDatabase database;
    static RedisServer redis;
    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;

    @BeforeAll
    static void startTwoNodes() {
        database = SharedTestDatabase.create();
        redis = RedisServer.start(new File("target"));
        String cachePrefix = "two-nodes-" + UUID.randomUUID() + ":";
        one = node("node-one", true, cachePrefix);
        two = node("node-two", false, cachePrefix);
    }

    static ConfigurableApplicationContext node(String name, boolean migrate, String cachePrefix) {
        return new SpringApplicationBuilder(UitzichtApplication.class, Jobs.class)
                .initializers(database.initializer())
                .run(
                        "--server.port=0",
                        "--uitzicht.embedded-db.enabled=false",
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--spring.datasource.hikari.minimum-idle=1",
                        "--spring.liquibase.enabled=" + migrate,
                        "--uitzicht.cluster.node-name=" + name,
                        "--uitzicht.redis.enabled=true",
                        "--spring.data.redis.url=redis://127.0.0.1:" + redis.port(),
                        "--uitzicht.cache.key-prefix=" + cachePrefix,
                        "--uitzicht.demo.enabled=true",
                        "--uitzicht.oidc.allow-local-issuers=true",
                        "--uitzicht.demo.oidc.issuer-uri=" + ISSUER,
                        "--uitzicht.demo.oidc.client-id=uitzicht",
                        "--uitzicht.demo.oidc.client-secret=demo-secret");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {two, one}) {
            if (node != null) {
                node.close();
            }
        }
        if (redis != null) {
            redis.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void bothNodesServeHttpOnTheirOwnPort() {
        int portOne = ((WebServerApplicationContext) one).getWebServer().getPort();
        int portTwo = ((WebServerApplicationContext) two).getWebServer().getPort();
        assertThat(portOne).isPositive().isNotEqualTo(portTwo);
    }

    @Test
    void aCacheEvictionOnOneNodeReachesTheOther() {
        UUID region = one.getBean(RegionDirectory.class)
                .findByCode(DEMO_REGION)
                .orElseThrow()
                .getId();
        long before = pupils(two, region);

        // written behind both nodes' backs: only a shared cache keeps serving the old answer on node one
        database.database()
                .ownerExecute("insert into school (id, tenant_id, brin, vestiging, name, type, pupil_count) "
                        + "values ('" + UUID.randomUUID() + "', '" + region
                        + "', '98ZZ', '00', 'Achter de cache', 'BAO', 40)");
        assertThat(pupils(one, region))
                .as("node one reads what node two cached in Redis")
                .isEqualTo(before);

        assertThat(cachedProfileKeys(region)).as("node two's entry, in Redis").hasSize(1);
        one.getBean(SystemWork.class)
                .run(() -> TenantContext.runAs(
                        region,
                        () -> one.getBean(SchoolDirectory.class)
                                .register("98ZY", "00", "Nieuwe school", SchoolType.BAO, "Gorinchem", 7)));
        assertThat(cachedProfileKeys(region))
                .as("evicted from Redis by node one")
                .isEmpty();
        assertThat(pupils(two, region))
                .as("node one's eviction reached node two")
                .isEqualTo(before + 40 + 7);
        assertThat(pupils(one, region)).isEqualTo(before + 40 + 7);
    }

    @Test
    void aScheduledOnceJobRunsOnOneNodePerTurnWhileAPlainJobRunsOnBoth() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (turns(Jobs.ONCE).size() < 4
                || nodesPerTurn(Jobs.EVERYWHERE).values().stream().noneMatch(n -> n == 2)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(
                        "Jobs did not run enough within 120 s: once=" + Jobs.ONCE + " everywhere=" + Jobs.EVERYWHERE);
            }
            Thread.sleep(250);
        }
        assertThat(nodesPerTurn(Jobs.EVERYWHERE))
                .as("the control: both schedulers fire")
                .containsValue(2L);
        Map<Long, Long> once = turns(Jobs.ONCE);
        assertThat(once.values())
                .as("runs per turn of the @ScheduledOnce job: %s", Jobs.ONCE)
                .allMatch(n -> n == 1);
        Set<String> lockHolders = Set.copyOf(
                database.database().ownerQuery("select locked_by from scheduler_lock where name = 'two-nodes-test'"));
        assertThat(lockHolders).singleElement().isIn("node-one", "node-two");
    }

    @Test
    void theDemoRegionLogsInViaTheConfiguredProviderOnBothNodes() {
        for (ConfigurableApplicationContext node : List.of(one, two)) {
            OidcSettings oidc = node.getBean(SystemWork.class)
                    .call(() -> node.getBean(IdentityProviderSettings.class)
                            .forRegionCode(DEMO_REGION)
                            .orElseThrow());
            assertThat(oidc.issuerUri()).isEqualTo(ISSUER);
            assertThat(oidc.clientSecret()).isEqualTo("demo-secret");
        }
        assertThat(database.database().ownerQuery("select client_secret_encrypted from region_identity_provider"))
                .singleElement()
                .asString()
                .doesNotContain("demo-secret");
    }

    private static Set<String> cachedProfileKeys(UUID region) {
        return two.getBean(StringRedisTemplate.class).keys("*" + SchoolDirectory.PROFILE_CACHE + "*" + region + "*");
    }

    private static long pupils(ConfigurableApplicationContext node, UUID region) {
        List<SchoolTypeCount> profile = node.getBean(SystemWork.class)
                .call(() -> TenantContext.callAs(region, node.getBean(SchoolDirectory.class)::profile));
        return profile.stream().mapToLong(SchoolTypeCount::pupils).sum();
    }

    /** Runs per turn (a turn = one firing of the every-4-seconds cron). */
    private static Map<Long, Long> turns(Queue<Run> runs) {
        return runs.stream().collect(Collectors.groupingBy(Run::turn, Collectors.counting()));
    }

    private static Map<Long, Long> nodesPerTurn(Queue<Run> runs) {
        return runs.stream()
                .collect(Collectors.groupingBy(
                        Run::turn, Collectors.collectingAndThen(Collectors.mapping(Run::node, Collectors.toSet()), s ->
                                (long) s.size())));
    }

    record Run(String node, long turn) {
        static Run now(String node) {
            return new Run(node, System.currentTimeMillis() / 4000);
        }
    }

    /**
     * Two jobs on the same every-4-seconds cron, registered in each node. The lock is held at least
     * 3 s, so a node whose scheduler fires up to 3 s late (a busy machine) still skips that turn.
     */
    @Configuration(proxyBeanMethods = false)
    static class Jobs {
        static final Queue<Run> ONCE = new ConcurrentLinkedQueue<>();
        static final Queue<Run> EVERYWHERE = new ConcurrentLinkedQueue<>();

        @Bean
        TickingJobs tickingJobs(ClusterLock lock) {
            return new TickingJobs(lock.node());
        }
    }

    static class TickingJobs {
        private final String node;

        TickingJobs(String node) {
            this.node = node;
        }

        @Scheduled(cron = "*/4 * * * * *")
        @ScheduledOnce(name = "two-nodes-test", lockAtMostFor = "1m", lockAtLeastFor = "3s")
        public void once() {
            Jobs.ONCE.add(Run.now(node));
        }

        @Scheduled(cron = "*/4 * * * * *")
        public void everywhere() {
            Jobs.EVERYWHERE.add(Run.now(node));
        }
    }
}
