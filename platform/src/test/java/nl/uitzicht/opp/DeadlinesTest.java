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

    /** Calendar days, not hours: the clock change (29 March, 25 October 2026) neither adds nor takes a day. */
    @Test
    void theSixWeeksAcrossAClockChangeAreStillFortyTwoCalendarDays() {
        LocalDate beforeSummerTime = LocalDate.of(2026, 3, 20);
        assertThat(Deadlines.setByFor(beforeSummerTime)).isEqualTo(LocalDate.of(2026, 5, 1));
        LocalDate beforeWinterTime = LocalDate.of(2026, 10, 20);
        assertThat(Deadlines.setByFor(beforeWinterTime)).isEqualTo(LocalDate.of(2026, 12, 1));
        Deadlines d = new Deadlines(beforeWinterTime, Deadlines.setByFor(beforeWinterTime), null, null);
        assertThat(d.daysUntilSetBy(LocalDate.of(2026, 10, 26))).isEqualTo(36);
    }

    /**
     * The law counts six weeks with no exception for holidays (the domain brief): support that
     * starts just before the summer or Christmas holiday has its deadline inside or right after it. The
     * worklist warns two weeks ahead so the conversation can be held before the holiday.
     */
    @Test
    void schoolHolidaysDoNotStopTheClock() {
        LocalDate beforeSummer = LocalDate.of(2026, 7, 1); // the summer holiday lies inside these six weeks
        assertThat(Deadlines.setByFor(beforeSummer)).isEqualTo(LocalDate.of(2026, 8, 12));
        LocalDate beforeChristmas = LocalDate.of(2026, 12, 14);
        assertThat(Deadlines.setByFor(beforeChristmas)).isEqualTo(LocalDate.of(2027, 1, 25));
    }

    /** Just after midnight in the Netherlands it is still yesterday in UTC: "today" is the Dutch date. */
    @Test
    void todayIsTheDutchDateAlsoBetweenMidnightAndTwo() {
        java.time.Instant halfPastMidnightInSummer = java.time.Instant.parse("2026-06-30T22:30:00Z");
        java.time.Clock dutch =
                java.time.Clock.fixed(halfPastMidnightInSummer, nl.uitzicht.time.ClockConfiguration.ZONE);
        assertThat(LocalDate.now(dutch)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(LocalDate.ofInstant(halfPastMidnightInSummer, java.time.ZoneOffset.UTC))
                .isEqualTo(LocalDate.of(2026, 6, 30));
        java.time.Instant halfPastMidnightInWinter = java.time.Instant.parse("2026-12-31T23:30:00Z");
        assertThat(LocalDate.now(
                        java.time.Clock.fixed(halfPastMidnightInWinter, nl.uitzicht.time.ClockConfiguration.ZONE)))
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
