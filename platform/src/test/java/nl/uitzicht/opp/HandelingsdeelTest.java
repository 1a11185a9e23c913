package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandelingsdeelTest {

    @Test
    void theInterventionsOfAGoalAreThoseThatNameIt() {
        Goal reading = ContentFixture.goal();
        Goal behaviour = new Goal(UUID.randomUUID(), FactorDomain.BEHAVIOUR, "Rustig werken", null, null, null);
        Intervention forReading = ContentFixture.intervention();
        Intervention forBoth = new Intervention(
                UUID.randomUUID(),
                "Time-out plek",
                Performer.TEACHER,
                "wekelijks",
                new UUID[] {reading.key(), behaviour.key()},
                UUID.randomUUID(),
                SupportLevel.BASIC);
        Handelingsdeel h = new Handelingsdeel(List.of(reading, behaviour), List.of(forReading, forBoth), List.of());
        assertThat(h.interventionsFor(reading)).containsExactly(forReading, forBoth);
        assertThat(h.interventionsFor(behaviour)).containsExactly(forBoth);
        Goal unplanned = new Goal(UUID.randomUUID(), FactorDomain.HOME, "x", null, null, null);
        assertThat(h.interventionsFor(unplanned)).isEmpty();
    }
}
