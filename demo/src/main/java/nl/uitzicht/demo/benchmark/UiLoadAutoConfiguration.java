package nl.uitzicht.demo.benchmark;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The UI load benchmark's accounts, made in a one-off run of the application when
 * {@code uitzicht.benchmark.ui-load.users-file} is set (docs/performance.md, "UI load"). Never under the
 * {@code prod} profile, whatever the settings say.
 */
@AutoConfiguration
@Profile("!prod")
@ConditionalOnExpression("!'${uitzicht.benchmark.ui-load.users-file:}'.isBlank()")
@Import({UiLoadSeed.class, UiLoadUsers.class})
public class UiLoadAutoConfiguration {}
