package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The two legal clocks of an OPP: it must be set (consented) within 6 weeks after the pupil enrols
 * or extra support starts, and evaluated with parents at least once a year.
 */
public record Deadlines(
        LocalDate supportStartedOn,
        LocalDate setBy,
        @Nullable LocalDate firstActiveOn,
        @Nullable LocalDate nextEvaluationOn)
        implements Serializable {

    public static final int WEEKS_TO_SET = 6;
    public static final int DUE_SOON_DAYS = 14;
    public static final int EVALUATION_NOTICE_DAYS = 30;

    public static LocalDate setByFor(LocalDate supportStartedOn) {
        return supportStartedOn.plusWeeks(WEEKS_TO_SET);
    }

    public static LocalDate yearAfter(LocalDate date) {
        return date.plusYears(1);
    }

    /** Set within 6 weeks: consent came on or before the deadline. */
    public boolean setInTime() {
        return firstActiveOn != null && !firstActiveOn.isAfter(setBy);
    }

    public long daysUntilSetBy(LocalDate today) {
        return ChronoUnit.DAYS.between(today, setBy);
    }
}
