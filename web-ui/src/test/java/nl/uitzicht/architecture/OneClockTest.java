package nl.uitzicht.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    static final ArchRule NO_CLOCK_OF_ITS_OWN = noClasses()
            .that()
            .resideOutsideOfPackages("nl.uitzicht.time..", "nl.uitzicht.testing..")
            .should()
            .callMethodWhere(systemTime())
            .because("the Clock bean in nl.uitzicht.time is the one source of the current time (ADR 0062)");

    @Test
    void mainCodeTakesTheTimeFromTheClockBean() {
        NO_CLOCK_OF_ITS_OWN.check(mainClasses());
    }

    @Test
    void theRuleFindsEveryWayAroundTheClock() {
        for (Class<?> offender : List.of(BareNow.class, NowInAZone.class, ClockOfItsOwn.class)) {
            JavaClasses imported = new ClassFileImporter().importClasses(offender);
            assertThatThrownBy(() -> NO_CLOCK_OF_ITS_OWN.check(imported))
                    .as(offender.getSimpleName())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(offender.getSimpleName());
        }
        JavaClasses fine = new ClassFileImporter().importClasses(OnTheClock.class);
        NO_CLOCK_OF_ITS_OWN.check(fine);
    }

    static JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.uitzicht");
    }

    private static DescribedPredicate<JavaCall<?>> systemTime() {
        return DescribedPredicate.describe("Clock.system*() or a now() of java.time that takes no Clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean ownClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
            List<JavaClass> params = call.getTarget().getRawParameterTypes();
            boolean systemNow = owner.startsWith("java.time.")
                    && name.equals("now")
                    && !(params.size() == 1 && params.getFirst().isEquivalentTo(Clock.class));
            return ownClock || systemNow;
        });
    }

    /** Classes that break the rule, to show that it can fail; and one that keeps it. */
    static final class BareNow {
        java.time.LocalDate today() {
            return java.time.LocalDate.now();
        }
    }

    static final class NowInAZone {
        java.time.Instant now() {
            return java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Amsterdam"))
                    .toInstant();
        }
    }

    static final class ClockOfItsOwn {
        private final Clock clock = Clock.systemUTC();
    }

    static final class OnTheClock {
        java.time.LocalDate today(Clock clock) {
            return java.time.LocalDate.now(clock);
        }
    }
}
