package nl.uitzicht.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.uitzicht.failure.Failures;
import org.springframework.stereotype.Component;

/**
 * When a session check of {@link SessionIdentityFilter} ({@link AccessVersions}, {@link ActiveRegions}) last
 * met an outage ({@link Failures#isOutage}, docs/adr/0071). For {@link #PAUSE} after that, the checks keep
 * what they last knew instead of asking the database again: each ask waits for the pool's connection timeout
 * (3 s) before it fails, and that wait came on top of the request's own, so a click on Opslaan during an outage
 * waited twice. Without this, a check that failed on an outage failed the whole request of an open page (a 503
 * that Vaadin's client answers with its English "reconnecting" state instead of the page's Dutch notice).
 * Readiness tells it too ({@link #down}): once a probe found the database away, the first click into the outage
 * does not wait for the checks' ask on top of its own.
 */
@Component
public class DatabaseAway {

    /** How long the checks trust what they knew after an outage before they ask the database again. */
    static final Duration PAUSE = Duration.ofSeconds(10);

    private final Clock clock;
    private volatile Instant until = Instant.MIN;

    DatabaseAway(Clock clock) {
        this.clock = clock;
    }

    /** Whether a check met an outage less than {@link #PAUSE} ago. */
    public boolean recently() {
        return clock.instant().isBefore(until);
    }

    /** Notes a check's failure if it is an outage (true), so the checks pause; false for any other failure. */
    boolean met(RuntimeException failure) {
        if (!Failures.isOutage(failure)) {
            return false;
        }
        down();
        return true;
    }

    /** The database was found away (readiness DOWN): the checks pause. */
    public void down() {
        until = clock.instant().plus(PAUSE);
    }
}
