package nl.uitzicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.uitzicht.demo.benchmark.BenchmarkAutoConfiguration;
import nl.uitzicht.demo.generator.GeneratorAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The demo module's guard: its auto-configurations add their beans only when their setting is on,
 * and never under the {@code prod} profile, even with every setting on. The services they use are
 * not needed here: the beans are only defined, lazily, never created; DemoDataTest runs them for real.
 */
class DemoAutoConfigurationTest {

    static final String[] EVERYTHING_ON = {
        "uitzicht.demo.enabled=true",
        "uitzicht.generate.enabled=true",
        "uitzicht.benchmark.enabled=true",
        "uitzicht.demo.oidc.issuer-uri=https://login.example.nl/realms/demo",
        "uitzicht.demo.oidc.client-secret=secret",
        "uitzicht.demo.password=Welkom-2026",
        "spring.liquibase.user=postgres"
    };

    /** Lazy: the bean definitions are registered and inspected, never instantiated, so no collaborator is needed. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(
                    context -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
            .withConfiguration(AutoConfigurations.of(
                    DemoAutoConfiguration.class, GeneratorAutoConfiguration.class, BenchmarkAutoConfiguration.class));

    @Test
    void everySettingOnGivesAllTheDemoCode() {
        runner.withPropertyValues(EVERYTHING_ON)
                .run(context -> assertThat(demoBeans(context))
                        .containsExactlyInAnyOrder(
                                "DemoRegions",
                                "DemoIdentityProvider",
                                "DemoOpps",
                                "DemoGoalLibrary",
                                "DemoRequests",
                                "DemoAnalysisData",
                                "DemoBudgets",
                                "TrainerDemo",
                                "SyntheticData",
                                "GenerateCommand",
                                "DashboardBenchmark"));
    }

    @Test
    void eachSettingBringsOnlyItsOwnPart() {
        runner.withPropertyValues("uitzicht.generate.enabled=true")
                .run(context ->
                        assertThat(demoBeans(context)).containsExactlyInAnyOrder("GenerateCommand", "SyntheticData"));
        runner.withPropertyValues("uitzicht.benchmark.enabled=true", "spring.liquibase.user=postgres")
                .run(context -> assertThat(demoBeans(context)).containsExactly("DashboardBenchmark"));
        runner.withPropertyValues("uitzicht.demo.enabled=true", "uitzicht.demo.password=Welkom-2026")
                .run(context -> assertThat(demoBeans(context))
                        .containsExactlyInAnyOrder(
                                "DemoRegions",
                                "DemoOpps",
                                "DemoGoalLibrary",
                                "DemoRequests",
                                "DemoAnalysisData",
                                "DemoBudgets",
                                "TrainerDemo",
                                "SyntheticData"));
    }

    @Test
    void nothingWithoutASetting() {
        runner.run(context -> assertThat(demoBeans(context)).isEmpty());
    }

    @Test
    void nothingUnderTheProdProfileEvenWithEverySettingOn() {
        runner.withPropertyValues(EVERYTHING_ON)
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(demoBeans(context)).isEmpty();
                });
    }

    @Test
    void prodAmongOtherProfilesStillKeepsItOut() {
        runner.withPropertyValues(EVERYTHING_ON)
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("prod", "migrate"))
                .run(context -> assertThat(demoBeans(context)).isEmpty());
    }

    /** The simple names of the beans whose class is in the demo module's packages (the auto-configurations aside). */
    static List<String> demoBeans(AssertableApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(type -> type != null
                        && type.getPackageName().startsWith("nl.uitzicht.demo")
                        && !type.getSimpleName().endsWith("AutoConfiguration"))
                .map(Class::getSimpleName)
                .toList();
    }
}
