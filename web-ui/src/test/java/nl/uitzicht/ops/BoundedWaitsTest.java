package nl.uitzicht.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import nl.uitzicht.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app's own database connections wait a bounded time (ADR 0070): the server ends a statement after
 * statement_timeout and a lock wait after lock_timeout, so a lock held by someone else fails an update
 * with a data-access exception instead of hanging the request. Readiness includes the database, liveness
 * never does.
 */
@AppTest
class BoundedWaitsTest {

    /** Only a guard against a hanging test, far above the lock timeout: no timing is asserted. */
    static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void theAppsConnectionsCarryTheStatementAndLockTimeouts() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("5s");
        assertThat(jdbc.queryForObject("show lock_timeout", String.class)).isEqualTo("3s");
    }

    @Test
    void anUpdateBlockedByAnotherConnectionsLockFailsInsteadOfHanging() throws Exception {
        String url;
        try (Connection app = dataSource.getConnection()) {
            url = app.getMetaData().getURL();
        }
        // A real second connection, as the owner, holds a lock the app's update needs.
        try (Connection other = DriverManager.getConnection(url, "postgres", "");
                Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("lock table opp in access exclusive mode");
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertTimeoutPreemptively(
                    HANG_GUARD,
                    () -> assertThatThrownBy(() ->
                                    jdbc.update("update opp set current_version_no = current_version_no where false"))
                            .isInstanceOf(DataAccessException.class)
                            .hasMessageContaining("lock timeout"));
            other.rollback();
        }
    }

    @Test
    void livenessNeverAsksTheDatabaseAndReadinessDoes() {
        assertThat(environment.getProperty("management.endpoint.health.group.liveness.include"))
                .isEqualTo("livenessState");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .contains("db");
    }
}
