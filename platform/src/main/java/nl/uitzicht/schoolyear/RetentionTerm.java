package nl.uitzicht.schoolyear;

import java.io.Serializable;
import java.time.LocalDate;
import nl.uitzicht.validation.InvalidInput;

/**
 * How long a pupil's file is kept after the OPP ended (ADR 0085): a region chooses 1 or 2 years (2 is the
 * norm's maximum for a pupil file; 1 is the least this product allows, so that a receiving school or a dispute
 * about the support can still use the plan in the school year after). A file of a pupil who went to special
 * education (sbo, so, vso) is kept one year longer: the norm allows 3 years after such a referral.
 */
public record RetentionTerm(int years) implements Serializable {

    public static final int MINIMUM_YEARS = 1;
    public static final int MAXIMUM_YEARS = 2;
    public static final int REFERRAL_EXTRA_YEARS = 1;

    public RetentionTerm {
        if (years < MINIMUM_YEARS || years > MAXIMUM_YEARS) {
            throw new InvalidInput("retentionYears", "schoolyear.error.retentionYears");
        }
    }

    /** The first day the file may be deleted: {@code years} after it ended (one more after a referral). */
    public LocalDate deleteFrom(LocalDate endedOn, boolean referral) {
        return endedOn.plusYears(years + (referral ? REFERRAL_EXTRA_YEARS : 0));
    }

    /** Whether a file that ended on {@code endedOn} is due for deletion on {@code today}. */
    public boolean expired(LocalDate endedOn, boolean referral, LocalDate today) {
        return !today.isBefore(deleteFrom(endedOn, referral));
    }
}
