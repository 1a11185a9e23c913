package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The back-off of failed logins (the counting itself runs in PostgreSQL: LocalLoginThrottleTest). */
class LoginThrottleTest {

    private final LoginThrottle.Backoff perClient =
            new LoginThrottle.Backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void theFirstFreeFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(perClient.after(failures)).isZero();
        }
    }

    @Test
    void thenTheWaitDoublesWithEveryFailure() {
        assertThat(perClient.after(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(perClient.after(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(perClient.after(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(perClient.after(14)).isEqualTo(Duration.ofSeconds(512));
    }

    @Test
    void upToTheMaximumAndNeverOverflowing() {
        assertThat(perClient.after(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(perClient.after(40)).isEqualTo(Duration.ofMinutes(15));
        assertThat(perClient.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void loginsAreStoredOnlyAsSha256() {
        String key = LoginThrottle.key("anna@school.nl");
        assertThat(key).hasSize(64).matches("[0-9a-f]+").doesNotContain("anna");
        assertThat(LoginThrottle.key("anna@school.nl")).isEqualTo(key);
        assertThat(LoginThrottle.key("Anna@school.nl")).isNotEqualTo(key);
    }

    @Test
    void aThrottledLoginWaitsAtLeastASecond() {
        assertThat(new LoginThrottledException(Duration.ofMillis(300)).retryAfterSeconds())
                .isEqualTo(1);
        assertThat(new LoginThrottledException(Duration.ofSeconds(42)).retryAfterSeconds())
                .isEqualTo(42);
    }
}
