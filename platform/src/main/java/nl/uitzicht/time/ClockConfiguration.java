package nl.uitzicht.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link Clock}, in the time zone of the schools it serves. Services take it by
 * constructor injection, so "today" is the Dutch date everywhere and tests can supply a fixed clock.
 * An architecture test forbids {@code Clock.system*()} and argument-less {@code now()} elsewhere.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The zone of every date and time the application shows or reasons about. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return applicationClock();
    }

    /** The same clock for code that runs outside the application context (a benchmark's own main). */
    public static Clock applicationClock() {
        return Clock.system(ZONE);
    }
}
