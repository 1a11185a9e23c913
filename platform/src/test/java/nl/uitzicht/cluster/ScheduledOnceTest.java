package nl.uitzicht.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@link ScheduledOnce} jobs through the application's own advisor and {@link ClusterLock}, on the
 * real {@code scheduler_lock} table: a job runs under its lock with its durations, skips its turn
 * while another node holds it, passes its failure on after releasing it; and every such job among
 * the application's beans is guarded. The jobs are called directly, not by a timer.
 */
@PlatformTest
class ScheduledOnceTest {

    @Autowired
    @Qualifier("scheduledOnceAdvisor")
    Advisor advisor;

    @Autowired
    ClusterLock lock;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    FreshDatabase db;

    /** Jobs as a scheduled bean has them; each counts its runs and can look at its lock while running. */
    public static class Jobs {
        final AtomicInteger runs = new AtomicInteger();
        final List<String> seenWhileRunning = new ArrayList<>();
        FreshDatabase db;

        @ScheduledOnce(name = "scheduled-once-test-nightly", lockAtMostFor = "30m", lockAtLeastFor = "PT1M")
        public void nightly() {
            runs.incrementAndGet();
            seenWhileRunning.addAll(lockRow(db, "scheduled-once-test-nightly"));
        }

        @ScheduledOnce(name = "scheduled-once-test-busy", lockAtLeastFor = "0s")
        public void busy() {
            runs.incrementAndGet();
        }

        @ScheduledOnce(name = "scheduled-once-test-failing", lockAtLeastFor = "0s")
        public void failing() {
            runs.incrementAndGet();
            throw new IllegalStateException("job failed");
        }

        public String plain() {
            runs.incrementAndGet();
            return "done";
        }
    }

    /** Who holds the lock, and for how many seconds from when it was taken. */
    static List<String> lockRow(FreshDatabase db, String name) {
        return db.ownerQuery("select locked_by || ' ' || extract(epoch from locked_until - locked_at)::int"
                + " from scheduler_lock where name = '" + name + "'");
    }

    /** A fresh target and the application's advisor around it: call the proxy, read the counts off the target. */
    private Jobs jobs;

    private Jobs target;

    @BeforeEach
    void proxyTheJobs() {
        target = new Jobs();
        target.db = db;
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(advisor);
        jobs = (Jobs) factory.getProxy();
    }

    @Test
    void aJobRunsUnderItsLockForAtMostItsLongestAndIsHeldForItsShortest() {
        jobs.nightly();
        assertThat(target.runs).hasValue(1);
        assertThat(target.seenWhileRunning)
                .as("held for lockAtMostFor (30m) while running")
                .containsExactly(lock.node() + " 1800");
        assertThat(lockRow(db, "scheduled-once-test-nightly"))
                .as("then for lockAtLeastFor (1m) from the start")
                .containsExactly(lock.node() + " 60");

        jobs.nightly();
        assertThat(target.runs)
                .as("a timer firing again within the minute does not repeat the job")
                .hasValue(1);
    }

    @Test
    void whileAnotherNodeHoldsTheLockTheJobSkipsItsTurn() {
        ClusterLock otherNode = new ClusterLock(jdbc, transactionManager, "other-node");
        boolean otherRan =
                otherNode.runOnce("scheduled-once-test-busy", Duration.ofMinutes(1), Duration.ZERO, jobs::busy);
        assertThat(otherRan).isTrue();
        assertThat(target.runs)
                .as("this node's turn, while the other node held the lock")
                .hasValue(0);

        jobs.busy();
        assertThat(target.runs).as("after the other node released it").hasValue(1);
        assertThat(lockRow(db, "scheduled-once-test-busy")).containsExactly(lock.node() + " 0");
    }

    @Test
    void aFailingJobPassesItsErrorOnAndReleasesItsLock() {
        assertThatThrownBy(jobs::failing)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("job failed");
        assertThat(db.ownerQuery("select locked_until <= now() from scheduler_lock"
                        + " where name = 'scheduled-once-test-failing'"))
                .containsExactly("t");
        assertThatThrownBy(jobs::failing).as("the next turn runs it again").hasMessage("job failed");
        assertThat(target.runs).hasValue(2);
    }

    @Test
    void aMethodWithoutTheAnnotationRunsAsItIsWithoutALock() {
        assertThat(jobs.plain()).isEqualTo("done");
        assertThat(jobs.plain()).isEqualTo("done");
        assertThat(target.runs).hasValue(2);
    }

    @Test
    void everyScheduledOnceJobOfTheApplicationRunsThroughTheLock() {
        List<String> guarded = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !hasScheduledOnceMethod(type)) {
                continue;
            }
            Object bean = context.getBean(name);
            assertThat(AopUtils.isAopProxy(bean)).as(name + " is proxied").isTrue();
            assertThat(((Advised) bean).getAdvisors())
                    .as(name + " has the lock's advisor")
                    .contains(advisor);
            guarded.add(name);
        }
        assertThat(guarded).as("the login throttle's clean-up at least").contains("loginThrottle");
    }

    private static boolean hasScheduledOnceMethod(Class<?> type) {
        return Arrays.stream(allMethods(type))
                .anyMatch(m -> AnnotatedElementUtils.hasAnnotation(m, ScheduledOnce.class));
    }

    private static Method[] allMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            methods.addAll(Arrays.asList(c.getDeclaredMethods()));
        }
        return methods.toArray(Method[]::new);
    }
}
