package nl.uitzicht.demo.generator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The data generator as a one-off run of the application ({@code uitzicht.generate.enabled}; README,
 * "Data at scale"). Never under the {@code prod} profile, whatever the settings say.
 */
@AutoConfiguration
@Profile("!prod")
@ConditionalOnBooleanProperty("uitzicht.generate.enabled")
@Import({GenerateCommand.class, SyntheticData.class})
public class GeneratorAutoConfiguration {}
