package nl.uitzicht.ops;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import nl.uitzicht.security.DatabaseAway;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The database part of readiness ({@code db} in the readiness group; it replaces Spring Boot's own
 * {@code dbHealthIndicator}, which can wait as long as the pool and the socket let it): {@code select 1}
 * on a pool connection, answered within {@code uitzicht.db.health-timeout} (800 ms by default). A database
 * that does not answer in time is DOWN. At most one check is under way at a time: while a stalled one
 * still waits for the pool or the socket, the next probes answer DOWN at once instead of piling up
 * threads. Liveness never includes this check (a database outage makes pods unready, never restarts them).
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final DataSource dataSource;
    private final Duration timeout;
    private final AtomicReference<@Nullable CompletableFuture<Boolean>> underWay = new AtomicReference<>();

    private final @Nullable DatabaseAway away;

    DatabaseHealth(DataSource dataSource, Duration timeout) {
        this(dataSource, timeout, null);
    }

    /** {@code away} is told when a check finds the database away (the session checks then pause asking it). */
    @Autowired
    DatabaseHealth(
            DataSource dataSource,
            @Value("${uitzicht.db.health-timeout:800ms}") Duration timeout,
            @Nullable DatabaseAway away) {
        this.dataSource = dataSource;
        this.timeout = timeout;
        this.away = away;
    }

    @Override
    public Health health() {
        Health health = check();
        if (away != null && !Status.UP.equals(health.getStatus())) {
            away.down();
        }
        return health;
    }

    private Health check() {
        CompletableFuture<Boolean> check = new CompletableFuture<>();
        if (!underWay.compareAndSet(null, check)) {
            return Health.down()
                    .withDetail("reason", "an earlier check still waits")
                    .build();
        }
        Thread.ofVirtual().name("db-health").start(() -> {
            try {
                check.complete(selectOne());
            } catch (Exception | Error failure) {
                check.completeExceptionally(failure);
            } finally {
                underWay.set(null);
            }
        });
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().build()
                    : Health.down().build();
        } catch (TimeoutException slow) {
            return Health.down()
                    .withDetail("reason", "no answer within " + timeout)
                    .build();
        } catch (ExecutionException failed) {
            return Health.down(failed.getCause()).build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    private boolean selectOne() throws java.sql.SQLException {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(seconds);
            return statement.execute("select 1");
        }
    }
}
