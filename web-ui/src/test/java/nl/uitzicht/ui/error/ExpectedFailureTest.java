package nl.uitzicht.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.validation.InvalidInput;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which message a failed action gets: one case per kind, found anywhere in the cause chain. */
class ExpectedFailureTest {

    @Test
    void anOptimisticLockConflictIsAConflictNotAnOutage() {
        // ObjectOptimisticLockingFailureException is a TransientDataAccessException too: conflict must win
        assertThat(ExpectedFailure.of(new ObjectOptimisticLockingFailureException("Opp", "1")))
                .isEqualTo(ExpectedFailure.CONFLICT);
        assertThat(ExpectedFailure.of(new ChangedMeanwhileException("stakeholder")))
                .isEqualTo(ExpectedFailure.CONFLICT);
    }

    @Test
    void aRefusedMethodCallIsAccessDenied() {
        assertThat(ExpectedFailure.of(new AuthorizationDeniedException("Access Denied")))
                .isEqualTo(ExpectedFailure.ACCESS_DENIED);
    }

    @Test
    void invalidInputIsInvalidInput() {
        assertThat(ExpectedFailure.of(new InvalidInput("name", "support.error.name")))
                .isEqualTo(ExpectedFailure.INVALID_INPUT);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutage() {
        assertThat(ExpectedFailure.of(new DataAccessResourceFailureException("down")))
                .isEqualTo(ExpectedFailure.DATABASE_UNAVAILABLE);
        assertThat(ExpectedFailure.of(new CannotCreateTransactionException("no connection")))
                .isEqualTo(ExpectedFailure.DATABASE_UNAVAILABLE);
        assertThat(ExpectedFailure.of(new JDBCConnectionException("refused", new SQLException("refused"))))
                .isEqualTo(ExpectedFailure.DATABASE_UNAVAILABLE);
        assertThat(ExpectedFailure.of(new QueryTimeoutException("slow")))
                .isEqualTo(ExpectedFailure.DATABASE_UNAVAILABLE);
    }

    @Test
    void aConnectionThatBrokeIsAnOutageEvenUntranslated() {
        // as the fault tests met them (ADR 0074): a rollback on a connection the pool marked broken, a
        // backend ended by the server, a connection the server closed
        assertThat(ExpectedFailure.of(new org.springframework.orm.jpa.JpaSystemException(
                        new RuntimeException("Unable to rollback", new SQLException("Connection is closed")))))
                .isEqualTo(ExpectedFailure.DATABASE_UNAVAILABLE);
        assertThat(ExpectedFailure.of(new RuntimeException(
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .isEqualTo(ExpectedFailure.DATABASE_UNAVAILABLE);
        assertThat(ExpectedFailure.of(new RuntimeException(new SQLException("An I/O error occurred", "08006"))))
                .isEqualTo(ExpectedFailure.DATABASE_UNAVAILABLE);
        assertThat(ExpectedFailure.of(new RuntimeException(new SQLException("syntax error", "42601"))))
                .isEqualTo(ExpectedFailure.UNEXPECTED);
    }

    @Test
    void theKindIsFoundInsideWrappers() {
        RuntimeException wrapped = new IllegalStateException(
                "listener failed", new RuntimeException(new ObjectOptimisticLockingFailureException("Opp", "1")));
        assertThat(ExpectedFailure.of(wrapped)).isEqualTo(ExpectedFailure.CONFLICT);
    }

    @Test
    void anythingElseIsUnexpected() {
        assertThat(ExpectedFailure.of(new NullPointerException())).isEqualTo(ExpectedFailure.UNEXPECTED);
        assertThat(ExpectedFailure.of(new IllegalStateException("bug"))).isEqualTo(ExpectedFailure.UNEXPECTED);
    }
}
