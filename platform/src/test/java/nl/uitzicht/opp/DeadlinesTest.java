package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The two legal clocks: set within 6 weeks, evaluated at least once a year. */
class DeadlinesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Test
    void sixWeeksAreFortyTwoDays() {
        assertThat(Deadlines.setByFor(START)).isEqualTo(START.plusDays(42));
        assertThat(Deadlines.setByFor(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void aYearAfterALeapDayIsTheLastDayOfFebruary() {
        assertThat(Deadlines.yearAfter(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(Deadlines.yearAfter(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void consentOnTheDeadlineIsInTimeTheDayAfterIsNot() {
        LocalDate setBy = Deadlines.setByFor(START);
        assertThat(new Deadlines(START, setBy, setBy, null).setInTime()).isTrue();
        assertThat(new Deadlines(START, setBy, START, null).setInTime()).isTrue();
        assertThat(new Deadlines(START, setBy, setBy.plusDays(1), null).setInTime())
                .isFalse();
        assertThat(new Deadlines(START, setBy, null, null).setInTime()).isFalse();
    }

    @Test
    void daysUntilTheDeadlineCountDownPastZero() {
        LocalDate setBy = Deadlines.setByFor(START);
        Deadlines d = new Deadlines(START, setBy, null, null);
        assertThat(d.daysUntilSetBy(START)).isEqualTo(42);
        assertThat(d.daysUntilSetBy(setBy)).isZero();
        assertThat(d.daysUntilSetBy(setBy.plusDays(3))).isEqualTo(-3);
    }
}
