package nl.uitzicht.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Where an open request stands against its decision term, in calendar days from the app clock's date. */
public enum DueState {
    /** Not waiting for a decision (a draft, decided or withdrawn). */
    NONE,
    IN_TIME,
    DUE_SOON,
    OVERDUE;

    static DueState of(RequestStatus status, @Nullable LocalDate dueOn, LocalDate today) {
        if (!status.open() || dueOn == null) {
            return NONE;
        }
        long days = ChronoUnit.DAYS.between(today, dueOn);
        if (days < 0) {
            return OVERDUE;
        }
        return days <= RequestTerms.DUE_SOON_DAYS ? DUE_SOON : IN_TIME;
    }
}
