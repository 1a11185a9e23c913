package nl.uitzicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.uitzicht.security.DatabaseAwayTest.MovingClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The session checks' answers (region active, access version): asked again after their interval; while the
 * database is away the last known answer stands and the database is not asked again for a while, so a click into
 * an outage is answered by the page's own Dutch message, not a 503 (issue 22); a failure that is no outage is
 * thrown, and so is an outage when nothing is known yet.
 */
@Tag("unit")
class RecentAnswersTest {

    private final MovingClock clock = new MovingClock();
    private final DatabaseAway away = new DatabaseAway(clock);
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicBoolean outage = new AtomicBoolean();
    private final AtomicBoolean bug = new AtomicBoolean();
    private final AtomicInteger answer = new AtomicInteger(1);
    private final RecentAnswers<String, Integer> answers =
            new RecentAnswers<>("Test answer", Duration.ofSeconds(5), clock, away, key -> {
                asked.incrementAndGet();
                if (outage.get()) {
                    throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
                }
                if (bug.get()) {
                    throw new IllegalStateException("a bug");
                }
                return answer.get();
            });

    @Test
    void asksAgainOnlyAfterTheInterval() {
        assertThat(answers.get("a")).isEqualTo(1);
        answer.set(2);
        clock.now = clock.now.plusSeconds(5);
        assertThat(answers.get("a")).as("still fresh").isEqualTo(1);
        clock.now = clock.now.plusMillis(1);
        assertThat(answers.get("a")).isEqualTo(2);
        assertThat(asked).hasValue(2);
    }

    @Test
    void duringAnOutageTheLastAnswerStandsWithoutAskingAgainAndTheCheckResumesAfter() {
        assertThat(answers.get("a")).isEqualTo(1);
        outage.set(true);
        clock.now = clock.now.plusSeconds(6);
        assertThat(answers.get("a")).isEqualTo(1);
        assertThat(answers.get("a")).as("paused: not asked again").isEqualTo(1);
        assertThat(asked).hasValue(2);

        outage.set(false);
        answer.set(3);
        clock.now = clock.now.plus(DatabaseAway.PAUSE).plusMillis(1);
        assertThat(answers.get("a"))
                .as("a revocation made meanwhile is seen after the pause")
                .isEqualTo(3);
    }

    @Test
    void anOutageWithNothingKnownAndAnyOtherFailureAreThrown() {
        outage.set(true);
        assertThatThrownBy(() -> answers.get("b")).isInstanceOf(CannotCreateTransactionException.class);

        outage.set(false);
        clock.now = clock.now.plus(DatabaseAway.PAUSE).plusMillis(1);
        assertThat(answers.get("c")).isEqualTo(1);
        bug.set(true);
        clock.now = clock.now.plusSeconds(6);
        assertThatThrownBy(() -> answers.get("c")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aForgottenKeyIsAskedAtOnce() {
        answers.get("a");
        answer.set(4);
        answers.forget("a");
        assertThat(answers.get("a")).isEqualTo(4);
    }
}
