package nl.uitzicht.buddy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.PlatformTestApplication;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.notification.NoticeBoard;
import nl.uitzicht.notification.UserNotice;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.RedisServer;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.TestTransactions;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two app nodes (two Spring contexts) share one database and one real Redis. Feedback given on
 * node A reaches the buddy's open app on node B, once, through Redis pub/sub, with its region.
 */
@PlatformTest
// A context of its own (its Redis): closed right after the class, while its Redis still runs (Redis
// stops when the JVM ends), so no cached context is left reconnecting to a stopped server; Spring
// pausing such a context on the next context switch hung the suite.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@WithRole(system = true)
class FeedbackAcrossNodesTest {

    static final RedisServer redis = RedisServer.start(new File("target"));

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("uitzicht.redis.enabled", () -> true);
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + redis.port());
    }

    @Autowired
    Buddies buddies;

    @Autowired
    NoticeBoard boardA;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    FreshDatabase db;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void feedbackGivenOnOneNodeIsNoticedOnTheOther() throws Exception {
        TestTransactions tx = new TestTransactions(transactionManager);
        db.ownerExecute("TRUNCATE region, user_account CASCADE");
        UUID region = regions.register("PO3301", "Regio A", Sector.PO).getId();
        UUID anna = trainer("anna", region);
        UUID bert = trainer("bert", region);
        UUID pair = tx.as(
                region,
                () -> buddies.accept(bert, buddies.request(anna, bert, null).id())
                        .id());

        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(PlatformTestApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + db.url(),
                        "--spring.liquibase.enabled=false",
                        "--uitzicht.redis.enabled=true",
                        "--spring.data.redis.url=redis://127.0.0.1:" + redis.port())) {
            NoticeBoard boardB = nodeB.getBean(NoticeBoard.class);
            CompletableFuture<UserNotice> onB = new CompletableFuture<>();
            CompletableFuture<UserNotice> wrongPerson = new CompletableFuture<>();
            CompletableFuture<UserNotice> onA = new CompletableFuture<>();
            try (var bertOnB = boardB.subscribe(region, bert, onB::complete);
                    var annaOnB = boardB.subscribe(region, anna, wrongPerson::complete);
                    var bertOnA = boardA.subscribe(region, bert, onA::complete)) {
                awaitSubscribed(boardB, region);

                tx.runAs(region, () -> buddies.giveFeedback(anna, pair, "Sterke kernboodschap!"));

                UserNotice notice = onB.get(20, TimeUnit.SECONDS);
                assertThat(notice.tenantId()).isEqualTo(region);
                assertThat(notice.recipientId()).isEqualTo(bert);
                assertThat(notice.from()).isEqualTo("anna");
                assertThat(notice.text()).isEqualTo("Sterke kernboodschap!");
                assertThat(notice.reference()).isEqualTo(pair);
                assertThat(onA.get(20, TimeUnit.SECONDS))
                        .as("node A's own open app gets it too")
                        .isEqualTo(notice);
                assertThat(wrongPerson).as("nobody else is told").isNotDone();
            }
        }
    }

    /**
     * Redis subscriptions start asynchronously: probe until a notice published now arrives on node B (for a
     * person of no one else's concern in the same, active region: notices of unknown regions are dropped).
     */
    private void awaitSubscribed(NoticeBoard boardB, UUID region) throws Exception {
        UUID probeRecipient = UUID.randomUUID();
        CompletableFuture<UserNotice> probe = new CompletableFuture<>();
        try (var s = boardB.subscribe(region, probeRecipient, probe::complete)) {
            for (int i = 0; i < 100 && !probe.isDone(); i++) {
                boardA.publish(new UserNotice(region, probeRecipient, "probe", "test", "probe", null));
                try {
                    probe.get(200, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // not subscribed yet
                }
            }
        }
        assertThat(probe).as("node B listens on Redis").isDone();
    }

    private UUID trainer(String name, UUID region) {
        UUID id = accounts.createAccount(name + "@example.org", name, "secret-password-1")
                .id();
        accounts.grant(id, region, Role.TRAINER, Set.of());
        return id;
    }
}
