package nl.uitzicht.opp;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A pupil leaves the school: on which day, and what becomes of the open OPP: closed (with the pupil's
 * destination where known) or transferred with the pupil to another school of the region.
 */
public record LeavingInput(
        @Nullable LocalDate leftOn,
        @Nullable Choice choice,
        @Nullable ExitDestination destination,
        @Nullable UUID toSchoolId) {

    public enum Choice {
        CLOSE,
        TRANSFER
    }
}
