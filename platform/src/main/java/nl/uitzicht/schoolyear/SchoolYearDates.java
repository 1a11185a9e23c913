package nl.uitzicht.schoolyear;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The region's school year: it starts on the region's rollover day ({@code rolloverOn}, 1 August unless the
 * region sets another day) and runs to the day before the next one. A school year is named by the calendar
 * year it starts in.
 */
public record SchoolYearDates(MonthDay rolloverOn) {

    /** The day the school year starting in {@code startYear} begins: the day its groups move up. */
    public LocalDate start(int startYear) {
        return rolloverOn.atYear(startYear);
    }

    /** The last day of the school year starting in {@code startYear}. */
    public LocalDate end(int startYear) {
        return start(startYear + 1).minusDays(1);
    }

    /** The school year {@code day} falls in. */
    public int yearOf(LocalDate day) {
        return day.isBefore(start(day.getYear())) ? day.getYear() - 1 : day.getYear();
    }

    /** The day a pupil who leaves at the rollover of {@code startYear} left: the last day of the year before. */
    public LocalDate leavingDay(int startYear) {
        return start(startYear).minusDays(1);
    }
}
