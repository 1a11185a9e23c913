package nl.uitzicht.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every "now" comes from the one {@link Clock} bean ({@code nl.uitzicht.time.ClockConfiguration}, ADR 0062):
 * main code neither makes a clock of its own nor asks java.time for the system time without a clock.
 */
class OneClockTest {

    /** Demo, generator and benchmark code is moving to a module of its own; it is wired there separately. */
    private static final List<String> NOT_YET_ON_THE_CLOCK = List.of("nl.uitzicht.demo.",
            "nl.uitzicht.opp.DemoOpps", "nl.uitzicht.provisioning.DemoRegions", "nl.uitzicht.provisioning.TrainerDemo",
            "nl.uitzicht.generator.DemoAnalysisData", "nl.uitzicht.provisioning.DemoIdentityProvider",
            "nl.uitzicht.generator.SyntheticData", "nl.uitzicht.generator.GenerateCommand",
            "nl.uitzicht.dashboard.DashboardBenchmark", "nl.uitzicht.dashboard.BenchmarkReport",
            "nl.uitzicht.dashboard.StatementRecorder");

    static final ArchRule NO_CLOCK_OF_ITS_OWN = noClasses()
            .that().resideOutsideOfPackages("nl.uitzicht.time..", "nl.uitzicht.testing..")
            .and(DescribedPredicate.not(notYetOnTheClock()))
            .should().callMethodWhere(systemTime())
            .because("the Clock bean in nl.uitzicht.time is the one source of the current time (ADR 0062)");

    @Test
    void mainCodeTakesTheTimeFromTheClockBean() {
        NO_CLOCK_OF_ITS_OWN.check(mainClasses());
    }

    @Test
    void theRuleFindsAClockOfItsOwn() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> NO_CLOCK_OF_ITS_OWN.check(offender));
    }

    static JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.uitzicht");
    }

    private static DescribedPredicate<JavaClass> notYetOnTheClock() {
        return DescribedPredicate.describe("demo, generator or benchmark code",
                c -> NOT_YET_ON_THE_CLOCK.stream().anyMatch(prefix -> c.getName().startsWith(prefix)
                        && (prefix.endsWith(".") || c.getName().length() == prefix.length()
                        || c.getName().charAt(prefix.length()) == '$')));
    }

    private static DescribedPredicate<JavaCall<?>> systemTime() {
        return DescribedPredicate.describe("Clock.system*() or an argument-less now() of java.time", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean ownClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
            boolean bareNow = owner.startsWith("java.time.") && name.equals("now")
                    && call.getTarget().getRawParameterTypes().isEmpty();
            return ownClock || bareNow;
        });
    }

    /** A class that breaks the rule, to show that the rule can fail. */
    static final class Offender {
        java.time.LocalDate today() {
            return java.time.LocalDate.now();
        }
    }
}
