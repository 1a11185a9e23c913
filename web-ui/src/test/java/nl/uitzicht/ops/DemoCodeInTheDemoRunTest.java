package nl.uitzicht.ops;

import static org.assertj.core.api.Assertions.assertThat;

import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.tenancy.RegionDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The other side of {@link DemoCodeUnderProdTest}: outside the prod profile, with demo mode on (as the
 * local run and the compose demo stack), the demo module's auto-configuration loads its runners, and
 * they made the demo regions.
 */
@AppTest
class DemoCodeInTheDemoRunTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    SystemWork system;

    @Autowired
    RegionDirectory regions;

    @Test
    void theDemoModuleIsLoadedAndHasMadeTheDemoRegions() {
        assertThat(DemoCodeUnderProdTest.demoBeans(context))
                .contains(
                        "nl.uitzicht.demo.DemoRegions",
                        "nl.uitzicht.demo.DemoOpps",
                        "nl.uitzicht.demo.DemoAnalysisData",
                        "nl.uitzicht.demo.TrainerDemo",
                        "nl.uitzicht.demo.generator.SyntheticData",
                        "nl.uitzicht.demo.DemoAutoConfiguration");
        assertThat(DemoCodeUnderProdTest.demoBeans(context))
                .as("generator and benchmark are off")
                .doesNotContain(
                        "nl.uitzicht.demo.generator.GenerateCommand", "nl.uitzicht.demo.benchmark.DashboardBenchmark");
        assertThat(system.call(() -> regions.findByCode("PO2999"))).isPresent();
        assertThat(system.call(() -> regions.findByCode("VO2999"))).isPresent();
    }
}
