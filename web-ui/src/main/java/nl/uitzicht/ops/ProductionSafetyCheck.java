package nl.uitzicht.ops;

import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With the {@code prod} profile, refuses to start (before the database, Redis or any bean) while a demo
 * default is in use; {@link UnsafeProductionSettingsAnalyzer} prints what to change. Runs after the
 * configuration files are read, so it sees the settings the app would run with.
 */
class ProductionSafetyCheck implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "prod";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles(PROFILE)) {
            return;
        }
        List<String> problems = ProductionSafety.problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeProductionSettingsException(problems);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
