package nl.uitzicht.schoolyear;

import java.io.Serializable;
import java.time.MonthDay;

/**
 * A region's school-year settings: the day groups move up and how long a pupil's file is kept after the OPP
 * ended. {@code version}: for saving with optimistic locking (0 for a region that kept the defaults).
 */
public record SchoolYearRules(MonthDay rolloverOn, RetentionTerm retention, long version) implements Serializable {

    public SchoolYearDates dates() {
        return new SchoolYearDates(rolloverOn);
    }
}
