package nl.uitzicht.failure;

import jakarta.persistence.EntityNotFoundException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import nl.uitzicht.opp.OppConflictException;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.NotYoursException;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Classifies a failure by what is anywhere in its cause chain (docs/adr/0071). A conflict is recognised
 * first (Spring counts an optimistic-locking failure as transient), then an outage, then the domain answers;
 * so an outage is never mistaken for "not found" or "no access", whatever wraps it.
 *
 * <p>An outage is: a JDBC connection failure or SQLState class 08; PostgreSQL's 57P01/57P02/57P03 (shut
 * down, crashed, not accepting connections yet), 57014 (statement_timeout), 55P03 (lock_timeout),
 * 40001/40P01 (serialization failure, deadlock: try again), class 53 (out of connections, memory, disk);
 * any {@link SQLTransientException} (Hikari's pool timeout) or {@link SQLRecoverableException}; Spring's
 * {@link CannotCreateTransactionException}, {@link DataAccessResourceFailureException} (also Redis'
 * connection failures), {@link TransientDataAccessException} (query timeouts among them) and
 * {@link RecoverableDataAccessException}; HikariCP's "Connection is closed"; Lettuce's Redis connection failures and command timeouts.
 */
public final class Failures {

    private static final Set<String> OUTAGE_SQL_STATES =
            Set.of("57P01", "57P02", "57P03", "57014", "55P03", "40001", "40P01");
    private static final Set<String> OUTAGE_SQL_STATE_CLASSES = Set.of("08", "53");
    private static final Set<String> OUTAGE_CLASS_NAMES = Set.of(
            "io.lettuce.core.RedisConnectionException",
            "io.lettuce.core.RedisCommandTimeoutException",
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.QueryTimeoutException",
            "jakarta.persistence.QueryTimeoutException",
            "jakarta.persistence.LockTimeoutException");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Failures() {}

    /** What the failure means for the person or client that met it. */
    public static FailureKind classify(Throwable failure) {
        if (has(failure, OptimisticLockingFailureException.class)
                || has(failure, ChangedMeanwhileException.class)
                || has(failure, OppConflictException.class)) {
            return FailureKind.CONFLICT;
        }
        if (isOutage(failure)) {
            return FailureKind.UNAVAILABLE;
        }
        if (has(failure, AccessDeniedException.class) || has(failure, NotYoursException.class)) {
            return FailureKind.ACCESS_DENIED;
        }
        if (has(failure, InvalidInput.class)) {
            return FailureKind.INVALID_INPUT;
        }
        if (has(failure, OutOfScopeException.class)
                || has(failure, NoSuchElementException.class)
                || has(failure, EntityNotFoundException.class)
                || has(failure, EmptyResultDataAccessException.class)) {
            return FailureKind.NOT_FOUND;
        }
        return FailureKind.UNEXPECTED;
    }

    /** Whether anything in the cause chain says the database or Redis is away or too slow. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException && !(t instanceof OptimisticLockingFailureException)
                    || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || isOutageClass(t.getClass())) {
                return true;
            }
            if (t instanceof SQLException sql && (isOutageState(sql.getSQLState()) || isClosedConnection(sql))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a SQLState means the database is away, restarting or too slow (see the class comment). */
    public static boolean isOutageState(@Nullable String sqlState) {
        return sqlState != null
                && sqlState.length() == 5
                && (OUTAGE_SQL_STATES.contains(sqlState)
                        || OUTAGE_SQL_STATE_CLASSES.contains(sqlState.substring(0, 2)));
    }

    /**
     * HikariCP answers everything on a connection it has marked broken with "Connection is closed", without a
     * SQLState; the rollback after a dropped connection fails with it and can replace the original failure.
     */
    private static boolean isClosedConnection(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    /** The first exception of {@code type} in the cause chain. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t : chain(failure)) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** A short id for one failure, shown to the person (or client) and written in the log line. */
    public static String newErrorId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type).isPresent();
    }

    private static boolean isOutageClass(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (OUTAGE_CLASS_NAMES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The failure, its causes and the next exceptions of SQL exceptions; each once. */
    private static Iterable<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
        List<Throwable> order = new ArrayList<>();
        todo.add(failure);
        while (!todo.isEmpty() && order.size() < 100) {
            Throwable t = todo.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            order.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return order;
    }
}
