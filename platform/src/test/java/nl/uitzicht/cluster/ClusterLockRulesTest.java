package nl.uitzicht.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The lock's own argument rule, checked before the database is asked (ClusterLockTest runs it on PostgreSQL). */
class ClusterLockRulesTest {

    @Test
    void aLockHeldLongerAtLeastThanAtMostIsRefusedAndNothingRuns() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        ClusterLock lock = new ClusterLock(jdbc, mock(PlatformTransactionManager.class), "node-1");
        AtomicBoolean ran = new AtomicBoolean();
        assertThatThrownBy(() -> lock.runOnce("nightly", Duration.ofMinutes(1), Duration.ofMinutes(2),
                () -> ran.set(true))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nightly");
        assertThat(ran).isFalse();
        verifyNoInteractions(jdbc);
        assertThat(lock.node()).isEqualTo("node-1");
    }
}
