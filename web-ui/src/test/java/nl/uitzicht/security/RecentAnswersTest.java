package nl.uitzicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The per-request checks (region active, access version) ask the database again after their interval; while it
 * is away the last known answer stands instead of turning every click into an outage page (issue 22: a Vaadin
 * request failing in the security filter got no answer on screen).
 */
@Tag("unit")
class RecentAnswersTest {

    private Instant now = Instant.parse("2026-12-05T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicBoolean away = new AtomicBoolean();
    private final AtomicInteger answer = new AtomicInteger(1);
    private final RecentAnswers<String, Integer> answers =
            new RecentAnswers<>("Test answer", Duration.ofSeconds(5), clock, key -> {
                asked.incrementAndGet();
                if (away.get()) {
                    throw new DataAccessResourceFailureException("database away");
                }
                return answer.get();
            });

    @Test
    void asksAgainOnlyAfterTheInterval() {
        assertThat(answers.get("a")).isEqualTo(1);
        answer.set(2);
        now = now.plusSeconds(5);
        assertThat(answers.get("a")).as("still fresh").isEqualTo(1);
        now = now.plusMillis(1);
        assertThat(answers.get("a")).isEqualTo(2);
        assertThat(asked).hasValue(2);
    }

    @Test
    void whileTheDatabaseIsAwayTheLastKnownAnswerStandsAndTheCheckResumesAfter() {
        assertThat(answers.get("a")).isEqualTo(1);
        away.set(true);
        now = now.plusSeconds(6);
        assertThat(answers.get("a")).isEqualTo(1);
        assertThat(answers.get("a"))
                .as("asked again at every request while away")
                .isEqualTo(1);
        assertThat(asked).hasValue(3);

        away.set(false);
        answer.set(3);
        assertThat(answers.get("a"))
                .as("a revocation made meanwhile is seen once the database is back")
                .isEqualTo(3);
    }

    @Test
    void withNoAnswerKnownTheOutageIsThrown() {
        away.set(true);
        assertThatThrownBy(() -> answers.get("b")).isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void forgottenKeysAreAskedAtOnce() {
        answers.get("a");
        answer.set(4);
        answers.forget("a");
        assertThat(answers.get("a")).isEqualTo(4);
    }
}
