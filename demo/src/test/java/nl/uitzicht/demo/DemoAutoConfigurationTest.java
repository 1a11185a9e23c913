package nl.uitzicht.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Arrays;
import java.util.List;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.achterban.Audience;
import nl.uitzicht.achterban.SwotBoard;
import nl.uitzicht.achterban.Verwerking;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.buddy.Buddies;
import nl.uitzicht.dashboard.DashboardProbe;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.demo.benchmark.BenchmarkAutoConfiguration;
import nl.uitzicht.demo.generator.GeneratorAutoConfiguration;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppMonitoring;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.programme.Programme;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.trainer.TrainerProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo module's guard: its auto-configurations add their beans only when their setting is on,
 * and never under the {@code prod} profile, even with every setting on. The services they use are
 * mocks here (no runner runs in an {@link ApplicationContextRunner}); DemoDataTest runs them for real.
 */
class DemoAutoConfigurationTest {

    static final String[] EVERYTHING_ON = {"uitzicht.demo.enabled=true", "uitzicht.generate.enabled=true",
            "uitzicht.benchmark.enabled=true", "uitzicht.demo.oidc.issuer-uri=https://login.example.nl/realms/demo",
            "uitzicht.demo.oidc.client-secret=secret", "uitzicht.demo.password=Welkom-2026",
            "spring.liquibase.user=postgres"};

    static final List<Class<?>> SERVICES = List.of(SystemWork.class, RegionDirectory.class, RegionProvisioning.class,
            SchoolDirectory.class, AccountDirectory.class, IdentityProviderSettings.class, SupportCategories.class,
            PupilRegister.class, OppPlans.class, OppEditor.class, OppWorkflow.class, OppMonitoring.class,
            AchterbanMap.class, Audience.class, SwotBoard.class, Verwerking.class, Buddies.class, TrainerProfiles.class,
            Programme.class, Checklists.class, RegionDashboard.class, DashboardProbe.class, JdbcTemplate.class,
            TransactionTemplate.class, PlatformTransactionManager.class);

    private final ApplicationContextRunner runner = withServices(new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DemoAutoConfiguration.class, GeneratorAutoConfiguration.class,
                    BenchmarkAutoConfiguration.class)));

    @Test
    void everySettingOnGivesAllTheDemoCode() {
        runner.withPropertyValues(EVERYTHING_ON).run(context -> assertThat(demoBeans(context)).containsExactlyInAnyOrder(
                "DemoRegions", "DemoIdentityProvider", "DemoOpps", "DemoAnalysisData", "TrainerDemo", "SyntheticData",
                "GenerateCommand", "DashboardBenchmark"));
    }

    @Test
    void eachSettingBringsOnlyItsOwnPart() {
        runner.withPropertyValues("uitzicht.generate.enabled=true").run(context ->
                assertThat(demoBeans(context)).containsExactlyInAnyOrder("GenerateCommand", "SyntheticData"));
        runner.withPropertyValues("uitzicht.benchmark.enabled=true", "spring.liquibase.user=postgres").run(context ->
                assertThat(demoBeans(context)).containsExactly("DashboardBenchmark"));
        runner.withPropertyValues("uitzicht.demo.enabled=true", "uitzicht.demo.password=Welkom-2026").run(context ->
                assertThat(demoBeans(context)).containsExactlyInAnyOrder("DemoRegions", "DemoOpps", "DemoAnalysisData",
                        "TrainerDemo", "SyntheticData"));
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
                .filter(type -> type != null && type.getPackageName().startsWith("nl.uitzicht.demo")
                        && !type.getSimpleName().endsWith("AutoConfiguration"))
                .map(Class::getSimpleName)
                .toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ApplicationContextRunner withServices(ApplicationContextRunner runner) {
        ApplicationContextRunner result = runner;
        for (Class service : SERVICES) {
            result = result.withBean(service, () -> mock(service));
        }
        return result;
    }
}
