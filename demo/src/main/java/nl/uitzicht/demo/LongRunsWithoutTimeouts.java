package nl.uitzicht.demo;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The synthetic data generator ({@code uitzicht.generate.enabled}) and the dashboard benchmark
 * ({@code uitzicht.benchmark.enabled}) run long statements on purpose: for those one-off runs the app's
 * database connections get no statement, lock or socket timeout (the bounded waits of ADR 0070 are for
 * requests). Never under the {@code prod} profile, where neither run exists.
 */
class LongRunsWithoutTimeouts implements EnvironmentPostProcessor {

    static final Map<String, Object> NO_TIMEOUTS = Map.of(
            "spring.datasource.hikari.data-source-properties.socketTimeout", "0",
            "spring.datasource.hikari.data-source-properties.options", "-c statement_timeout=0 -c lock_timeout=0");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.matchesProfiles("prod")) {
            return;
        }
        if (environment.getProperty("uitzicht.generate.enabled", Boolean.class, false)
                || environment.getProperty("uitzicht.benchmark.enabled", Boolean.class, false)) {
            environment.getPropertySources().addFirst(new MapPropertySource("long-runs-without-timeouts", NO_TIMEOUTS));
        }
    }
}
