package nl.uitzicht.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityNotFoundException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import nl.uitzicht.opp.OppConflictException;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.validation.InvalidInput;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Real exceptions, as the driver, the pool, Hibernate and Spring make them. */
class FailuresTest {

    private final SQLErrorCodeSQLExceptionTranslator spring = new SQLErrorCodeSQLExceptionTranslator("PostgreSQL");

    /** An exception as PostgreSQL's server sends it, with its SQLState. */
    private static PSQLException fromServer(String sqlState, String message) {
        return new PSQLException(new ServerErrorMessage("SFATAL\0VFATAL\0C" + sqlState + "\0M" + message + "\0"));
    }

    private DataAccessException translated(SQLException e) {
        DataAccessException translated = spring.translate("select", "select 1", e);
        assertThat(translated).isNotNull();
        return translated;
    }

    @Test
    void serverStatesOfAnOutageAreInfrastructure() {
        for (String state : List.of("57P01", "57P02", "57P03", "57014", "55P03", "08006", "08001", "08003", "53300")) {
            PSQLException raw = fromServer(state, "from the server");
            assertThat(raw.getSQLState()).isEqualTo(state);
            assertThat(Failures.classify(raw)).as(state).isEqualTo(FailureKind.UNAVAILABLE);
            assertThat(Failures.classify(translated(raw)))
                    .as("translated " + state)
                    .isEqualTo(FailureKind.UNAVAILABLE);
            assertThat(Failures.classify(new JDBCConnectionException("Hibernate", raw)))
                    .as("in Hibernate's wrapper " + state)
                    .isEqualTo(FailureKind.UNAVAILABLE);
        }
    }

    @Test
    void aRefusedConnectionIsInfrastructure() throws Exception {
        int port = freePort();
        SQLException refused = null;
        try {
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/none?connectTimeout=2", "x", "x")
                    .close();
        } catch (SQLException e) {
            refused = e;
        }
        assertThat((Throwable) refused).isNotNull();
        assertThat(Failures.isOutage(refused)).isTrue();
        assertThat(Failures.classify(new CannotGetJdbcConnectionException("no connection", refused)))
                .isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(Failures.classify(new CannotCreateTransactionException("no transaction", refused)))
                .isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void thePoolTimingOutIsInfrastructure() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + freePort() + "/none?connectTimeout=1");
        config.setUsername("x");
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        SQLException timeout = null;
        try (HikariDataSource pool = new HikariDataSource(config)) {
            pool.getConnection().close();
        } catch (SQLException e) {
            timeout = e;
        }
        assertThat((Throwable) timeout).isInstanceOf(java.sql.SQLTransientConnectionException.class);
        assertThat(Failures.classify(timeout)).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(Failures.classify(new CannotCreateTransactionException("begin", timeout)))
                .isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void springsTransientAndResourceFailuresAreInfrastructure() {
        assertThat(Failures.classify(new QueryTimeoutException("slow"))).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(Failures.classify(new CannotAcquireLockException("lock"))).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(Failures.classify(new RedisConnectionFailureException("redis away")))
                .isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(Failures.classify(new io.lettuce.core.RedisConnectionException("redis away")))
                .isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedIsInfrastructure() {
        // HikariCP's answer on a connection it marked broken has no SQLState; the failed rollback replaces the cause
        Throwable rollbackFailed = new org.springframework.orm.jpa.JpaSystemException(
                new RuntimeException("Unable to rollback", new SQLException("Connection is closed")));
        assertThat(Failures.classify(rollbackFailed)).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(Failures.classify(new SQLException("Connection is closed", "23505")))
                .isNotEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void anOutageWinsOverWhateverWrapsIt() {
        RuntimeException wrapped = new IllegalStateException(
                "view", new NoSuchElementException("hidden", fromServer("57P01", "terminating connection")));
        assertThat(Failures.classify(wrapped)).isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void domainAnswersKeepTheirKind() {
        assertThat(Failures.classify(new OutOfScopeException())).isEqualTo(FailureKind.NOT_FOUND);
        assertThat(Failures.classify(new NoSuchElementException())).isEqualTo(FailureKind.NOT_FOUND);
        assertThat(Failures.classify(new EntityNotFoundException())).isEqualTo(FailureKind.NOT_FOUND);
        assertThat(Failures.classify(new AccessDeniedException("no"))).isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(Failures.classify(new InvalidInput("name", "error.required")))
                .isEqualTo(FailureKind.INVALID_INPUT);
        assertThat(Failures.classify(new ObjectOptimisticLockingFailureException(Object.class, "id")))
                .isEqualTo(FailureKind.CONFLICT);
        assertThat(Failures.classify(new ChangedMeanwhileException("note"))).isEqualTo(FailureKind.CONFLICT);
        assertThat(Failures.classify(new OppConflictException())).isEqualTo(FailureKind.CONFLICT);
    }

    @Test
    void aKindIsFoundInsideWrappers() {
        RuntimeException wrapped = new IllegalStateException(
                "listener failed", new RuntimeException(new ObjectOptimisticLockingFailureException("Opp", "1")));
        assertThat(Failures.classify(wrapped)).isEqualTo(FailureKind.CONFLICT);
        assertThat(Failures.classify(new AuthorizationDeniedException("Access Denied")))
                .isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(Failures.classify(new JDBCConnectionException("refused", new SQLException("refused"))))
                .isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void aRuleTheDatabaseEnforcesOrABugIsNotAnOutage() {
        PSQLException unique = fromServer("23505", "duplicate key");
        assertThat(Failures.classify(translated(unique))).isEqualTo(FailureKind.UNEXPECTED);
        assertThat(Failures.classify(new DataIntegrityViolationException("x"))).isEqualTo(FailureKind.UNEXPECTED);
        assertThat(Failures.classify(new NullPointerException())).isEqualTo(FailureKind.UNEXPECTED);
        assertThat(FailureKind.UNEXPECTED.isInfrastructure()).isFalse();
    }

    @Test
    void errorIdsAreShortAndDiffer() {
        String one = Failures.newErrorId();
        assertThat(one).matches("[0-9a-f]{8}");
        assertThat(Failures.newErrorId()).isNotEqualTo(one);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
