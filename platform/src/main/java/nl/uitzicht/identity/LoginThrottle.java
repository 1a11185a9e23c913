package nl.uitzicht.identity;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How many wrong passwords lock an account, and for how long. */
@Component
class LoginThrottle {

    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;

    LoginThrottle(@Value("${uitzicht.login.max-failures:5}") int maxFailures,
                  @Value("${uitzicht.login.lock-duration:PT15M}") Duration lockDuration) {
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.clock = Clock.systemUTC();
    }

    void recordFailure(UserAccount account) {
        account.recordFailedLogin(clock.instant(), maxFailures, lockDuration);
    }

    boolean isLocked(UserAccount account) {
        return account.isLockedAt(clock.instant());
    }

    Duration lockDuration() {
        return lockDuration;
    }
}
