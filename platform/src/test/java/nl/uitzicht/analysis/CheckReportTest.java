package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckReportTest {

    @Test
    void checksThatAreNotDueDoNotMakeAPlanNonCompliant() {
        CheckReport report = new CheckReport(
                UUID.randomUUID(),
                Map.of(
                        AutomaticCheck.CONSENT,
                        AutomaticCheck.Outcome.NOT_DUE,
                        AutomaticCheck.PUPIL_VIEW,
                        AutomaticCheck.Outcome.PASS),
                2);
        assertThat(report.compliant()).isTrue();
        assertThat(report.outcome(AutomaticCheck.CONSENT)).isEqualTo(AutomaticCheck.Outcome.NOT_DUE);
    }

    @Test
    void oneFailedCheckMakesItNonCompliant() {
        CheckReport report = new CheckReport(
                UUID.randomUUID(),
                Map.of(
                        AutomaticCheck.CONSENT,
                        AutomaticCheck.Outcome.PASS,
                        AutomaticCheck.AT_MOST_FIVE_PAGES,
                        AutomaticCheck.Outcome.FAIL),
                7);
        assertThat(report.compliant()).isFalse();
    }
}
