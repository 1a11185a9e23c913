package nl.uitzicht.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed attempts from this client (or at this login overall): the attempt was not
 * checked. Thrown alike whether or not the account exists; the message to show is the generic
 * one plus "try again in N seconds".
 */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed attempts; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    /** Whole seconds until the next attempt is checked, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
