package nl.uitzicht.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Readiness' database check says DOWN, and answers, when the database is unreachable or stalled (a
 * server that accepts connections and never answers, as a paused PostgreSQL does); while a stalled check
 * still waits, the next one answers DOWN at once instead of starting another wait.
 */
class DatabaseHealthTest {

    /** Only a guard against a hanging test: no timing is asserted. */
    static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static HikariDataSource pool(String url, long connectionTimeoutMillis) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("nobody");
        config.setConnectionTimeout(connectionTimeoutMillis);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    @Test
    void aClosedPortIsDown() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + closed + "/none?connectTimeout=1", 2_000)) {
            Health health = assertTimeoutPreemptively(
                    HANG_GUARD, () -> new DatabaseHealth(pool, Duration.ofMillis(800)).health());
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        }
    }

    @Test
    void aStalledDatabaseIsDownAndChecksDoNotPileUp() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        Socket socket = silent.accept();
                        synchronized (accepted) {
                            accepted.add(socket);
                        }
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            try (HikariDataSource pool =
                    pool("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/none?loginTimeout=5", 20_000)) {
                DatabaseHealth check = new DatabaseHealth(pool, Duration.ofMillis(300));
                Health first = assertTimeoutPreemptively(HANG_GUARD, () -> check.health());
                assertThat(first.getStatus()).isEqualTo(Status.DOWN);
                assertThat(first.getDetails()).containsKey("reason");
                Health second = assertTimeoutPreemptively(HANG_GUARD, () -> check.health());
                assertThat(second.getStatus()).isEqualTo(Status.DOWN);
                assertThat(second.getDetails().get("reason")).isEqualTo("an earlier check still waits");
            } finally {
                silent.close();
                acceptor.join(HANG_GUARD);
                synchronized (accepted) {
                    for (Socket socket : accepted) {
                        socket.close();
                    }
                }
            }
        }
    }
}
