package nl.uitzicht.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Two nodes (two locks with their own names) on one database, as the app role. */
@PlatformTest
class ClusterLockTest {

    static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    FreshDatabase db;

    ClusterLock node(String name) {
        return new ClusterLock(jdbc, transactionManager, name);
    }

    @Test
    void whileOneNodeRunsAJobAnotherNodeSkipsIt() {
        ClusterLock a = node("a");
        ClusterLock b = node("b");
        AtomicBoolean bRanInside = new AtomicBoolean(true);

        boolean aRan = a.runOnce(
                "report",
                MINUTE,
                Duration.ZERO,
                () -> bRanInside.set(b.runOnce("report", MINUTE, Duration.ZERO, () -> {})));

        assertThat(aRan).isTrue();
        assertThat(bRanInside).as("b while a holds the lock").isFalse();
        assertThat(b.runOnce("report", MINUTE, Duration.ZERO, () -> {}))
                .as("b after a released it")
                .isTrue();
        assertThat(db.ownerQuery("select locked_by from scheduler_lock where name = 'report'"))
                .containsExactly("b");
    }

    @Test
    void locksOfDifferentJobsDoNotBlockEachOther() {
        ClusterLock a = node("a");
        ClusterLock b = node("b");
        AtomicBoolean other = new AtomicBoolean();
        a.runOnce("one", MINUTE, Duration.ZERO, () -> other.set(b.runOnce("two", MINUTE, Duration.ZERO, () -> {})));
        assertThat(other).isTrue();
    }

    @Test
    void aJobThatJustRanIsNotRepeatedWithinItsMinimumHold() {
        assertThat(node("a").runOnce("nightly", Duration.ofHours(2), Duration.ofHours(1), () -> {}))
                .isTrue();
        assertThat(node("b").runOnce("nightly", Duration.ofHours(2), Duration.ofHours(1), () -> {}))
                .as("a timer on b that fires a little later")
                .isFalse();
        assertThat(node("a").runOnce("nightly", Duration.ofHours(2), Duration.ofHours(1), () -> {}))
                .as("nor on a itself")
                .isFalse();
    }

    @Test
    void aLockLeftByANodeThatDiedExpires() {
        ClusterLock b = node("b");
        db.ownerExecute("insert into scheduler_lock (name, locked_until, locked_at, locked_by) "
                + "values ('sync', now() + interval '1 hour', now(), 'dead-node')");
        assertThat(b.runOnce("sync", MINUTE, Duration.ZERO, () -> {})).isFalse();

        db.ownerExecute("update scheduler_lock set locked_until = now() - interval '1 second' where name = 'sync'");
        assertThat(b.runOnce("sync", MINUTE, Duration.ZERO, () -> {}))
                .as("after lockAtMostFor")
                .isTrue();
    }

    @Test
    void aFailingJobReleasesItsLockAndPassesTheErrorOn() {
        assertThatThrownBy(() -> node("a").runOnce("import", MINUTE, Duration.ZERO, () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(node("b").runOnce("import", MINUTE, Duration.ZERO, () -> {})).isTrue();
    }

    @Test
    void theAppRoleMayTakeAndReleaseLocks() {
        assertThat(db.ownerQuery("select has_table_privilege('uitzicht_app', 'scheduler_lock', 'INSERT,UPDATE')"))
                .containsExactly("t");
    }
}
