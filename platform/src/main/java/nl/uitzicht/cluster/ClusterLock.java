package nl.uitzicht.cluster;

import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lock in PostgreSQL (table {@code scheduler_lock}) so that a piece of work runs on one app node
 * at a time, however many replicas run. Times come from the database clock, so nodes whose clocks
 * differ still agree. A lock is held for at most {@code lockAtMostFor} (a node that dies mid-job
 * frees it then) and at least {@code lockAtLeastFor} (so a node whose timer fires a little later
 * than another's does not repeat a job that just ran). Acquire and release commit at once, in a
 * transaction of their own.
 */
class ClusterLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private static final String ACQUIRE = """
            INSERT INTO scheduler_lock (name, locked_until, locked_at, locked_by)
            VALUES (?, now() + make_interval(secs => ?), now(), ?)
            ON CONFLICT (name) DO UPDATE
               SET locked_until = EXCLUDED.locked_until, locked_at = EXCLUDED.locked_at,
                   locked_by = EXCLUDED.locked_by
             WHERE scheduler_lock.locked_until <= now()""";

    private static final String RELEASE = """
            UPDATE scheduler_lock
               SET locked_until = greatest(now(), locked_at + make_interval(secs => ?))
             WHERE name = ? AND locked_by = ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String node;

    public ClusterLock(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, String node) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.node = node;
    }

    /** This node's name as it appears in {@code scheduler_lock.locked_by}. */
    public String node() {
        return node;
    }

    /**
     * Runs {@code work} if no other node holds the lock {@code name}; returns whether it ran.
     * An exception of the work is passed on after the lock is released.
     */
    public boolean runOnce(String name, Duration lockAtMostFor, Duration lockAtLeastFor, Runnable work) {
        if (lockAtLeastFor.compareTo(lockAtMostFor) > 0) {
            throw new IllegalArgumentException("lockAtLeastFor must not exceed lockAtMostFor for lock " + name);
        }
        if (!acquire(name, lockAtMostFor)) {
            log.debug("Lock {} is held by another node; skipping", name);
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            release(name, lockAtLeastFor);
        }
    }

    private boolean acquire(String name, Duration lockAtMostFor) {
        Integer rows = ownTransaction.execute(status -> jdbc.update(ACQUIRE, name, seconds(lockAtMostFor), node));
        return Objects.requireNonNullElse(rows, 0) == 1;
    }

    private void release(String name, Duration lockAtLeastFor) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(RELEASE, seconds(lockAtLeastFor), name, node));
        } catch (RuntimeException e) {
            // the lock then expires by itself after lockAtMostFor
            log.warn("Could not release cluster lock {}: {}", name, e.toString());
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1_000_000_000.0;
    }
}
