package nl.uitzicht.ui.error;

import java.sql.SQLException;
import java.util.Optional;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.validation.InvalidInput;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The kinds of failure an action in the UI can end in, each with the Dutch (or English) message the person
 * sees. Found anywhere in the exception's cause chain, first match wins in the order declared here.
 */
enum ExpectedFailure {

    /** Someone else saved the same thing first; the form keeps what the person typed. */
    CONFLICT("error.action.conflict"),
    /** A service refused the person (a right that was just withdrawn, a stale link). */
    ACCESS_DENIED("error.action.accessDenied"),
    /** Input that breaks a rule and was not handled by the form itself. */
    INVALID_INPUT("error.action.invalidInput"),
    /** The database cannot be reached; the transaction was rolled back. */
    DATABASE_UNAVAILABLE("error.action.databaseUnavailable"),
    /** Anything else: a bug. Logged with an id that the message names. */
    UNEXPECTED("error.action.unexpected");

    private final String messageKey;

    ExpectedFailure(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    static ExpectedFailure of(Throwable failure) {
        if (find(failure, OptimisticLockingFailureException.class).isPresent()
                || find(failure, ChangedMeanwhileException.class).isPresent()) {
            return CONFLICT;
        }
        if (find(failure, AccessDeniedException.class).isPresent()) {
            return ACCESS_DENIED;
        }
        if (find(failure, InvalidInput.class).isPresent()) {
            return INVALID_INPUT;
        }
        if (find(failure, DataAccessResourceFailureException.class).isPresent()
                || find(failure, CannotCreateTransactionException.class).isPresent()
                || find(failure, JDBCConnectionException.class).isPresent()
                || find(failure, TransientDataAccessException.class).isPresent()
                || lostConnection(failure)) {
            return DATABASE_UNAVAILABLE;
        }
        return UNEXPECTED;
    }

    /**
     * A JDBC failure that says the connection is gone: SQLState class 08 (connection exception) or
     * 57P01-57P03 (the server shut down or restarts), or HikariCP's "Connection is closed" (no SQLState),
     * which a connection marked broken answers to everything after. Spring and Hibernate do not always
     * translate these: the rollback after a dropped connection fails with the latter and replaces the
     * original failure with a plain JpaSystemException (fault tests, ADR 0074).
     */
    private static boolean lostConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** The first exception of {@code type} in the cause chain. */
    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
