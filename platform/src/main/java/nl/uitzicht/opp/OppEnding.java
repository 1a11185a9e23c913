package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** How a closed OPP ended: the day, the reason, a note and the pupil's destination where known. */
public record OppEnding(
        LocalDate closedOn,
        @Nullable ClosingReason reason,
        String note,
        @Nullable ExitDestination destination) implements Serializable {}
