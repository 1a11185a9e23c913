package nl.uitzicht.opp;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Closing a plan: on which day, why, a note (required for {@link ClosingReason#OTHER}) and where the pupil went. */
public record ClosingInput(
        @Nullable LocalDate closedOn,
        @Nullable ClosingReason reason,
        @Nullable String note,
        @Nullable ExitDestination destination) {}
