package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One goal's measured course for the evaluation (ADR 0083): its measurements of one kind, oldest first,
 * and the result they suggest ({@code null} when nothing was measured: staff choose themselves).
 */
public record GoalCourse(
        UUID goalKey, List<Point> points, @Nullable GoalResult suggested) implements Serializable {

    /** A measurement on its date. */
    public record Point(LocalDate on, Measurement measurement) implements Serializable {}

    /** True when the goal has at least one measured value. */
    public boolean measured() {
        return !points.isEmpty();
    }

    /** The most recent measurement, if any. */
    public @Nullable Measurement last() {
        return points.isEmpty() ? null : points.getLast().measurement();
    }
}
