package nl.uitzicht.opp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A monitoring observation to add: about a goal and/or an intervention, dated, with an optional measured
 * value ({@code measureKind} with {@code value} and {@code target}: a scale level and the target level, or
 * a test score and its norm) and a note. The note is required when nothing is measured (ADR 0083).
 */
public record ObservationInput(
        @Nullable UUID goalKey,
        @Nullable UUID interventionKey,
        @Nullable LocalDate observedOn,
        @Nullable MeasureKind measureKind,
        @Nullable BigDecimal value,
        @Nullable BigDecimal target,
        @Nullable String note) {

    /** A note only, as before measured values. */
    public static ObservationInput note(
            @Nullable UUID goalKey, @Nullable UUID interventionKey, @Nullable LocalDate on, @Nullable String note) {
        return new ObservationInput(goalKey, interventionKey, on, null, null, null, note);
    }
}
