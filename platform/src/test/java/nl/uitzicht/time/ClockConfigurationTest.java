package nl.uitzicht.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClockConfigurationTest {

    @Test
    void theClockRunsInAmsterdam() {
        Clock clock = new ClockConfiguration().clock();

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam")).isEqualTo(ClockConfiguration.ZONE);
    }

    @Test
    void theClockTellsTheSystemTime() {
        Clock clock = new ClockConfiguration().clock();

        assertThat(clock.instant())
                .isBetween(
                        Clock.systemUTC().instant().minusSeconds(60),
                        Clock.systemUTC().instant().plusSeconds(60));
    }
}
