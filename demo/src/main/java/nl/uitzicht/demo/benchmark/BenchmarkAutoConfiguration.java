package nl.uitzicht.demo.benchmark;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The region dashboard benchmark as a one-off run of the application ({@code uitzicht.benchmark.enabled};
 * docs/performance.md). Never under the {@code prod} profile, whatever the settings say.
 */
@AutoConfiguration
@Profile("!prod")
@ConditionalOnBooleanProperty("uitzicht.benchmark.enabled")
@Import(DashboardBenchmark.class)
public class BenchmarkAutoConfiguration {}
