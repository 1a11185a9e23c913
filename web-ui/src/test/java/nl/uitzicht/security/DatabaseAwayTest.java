package nl.uitzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The session checks pause after an outage only (issue 22): the pool's timeout (no DataAccessException) counts,
 * any other failure does not, and the pause ends.
 */
@Tag("unit")
class DatabaseAwayTest {

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anOutagePausesTheChecksForAWhile() {
        MovingClock clock = new MovingClock();
        DatabaseAway away = new DatabaseAway(clock);
        assertThat(away.recently()).isFalse();

        assertThat(away.met(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction")))
                .isTrue();
        assertThat(away.recently()).isTrue();

        clock.now = clock.now.plus(DatabaseAway.PAUSE).plusMillis(1);
        assertThat(away.recently()).isFalse();
    }

    @Test
    void anyOtherFailureIsNoOutage() {
        DatabaseAway away = new DatabaseAway(new MovingClock());
        assertThat(away.met(new IllegalStateException("a bug"))).isFalse();
        assertThat(away.recently()).isFalse();
    }
}
